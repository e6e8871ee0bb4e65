-- Carts, checkout reservations, orders, idempotency keys and discount codes. Stock itself stays in
-- catalog_variant (ADR 11); these tables refer to variants by SKU and to products by id.
CREATE TABLE checkout_cart (
    id              UUID PRIMARY KEY,
    owner           VARCHAR(200),
    status          VARCHAR(20) NOT NULL,
    version         BIGINT NOT NULL,
    currency        CHAR(3),
    region          VARCHAR(10),
    shipping_option VARCHAR(40),
    discount_code   VARCHAR(32),
    conversations   VARCHAR(4000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX checkout_cart_owner ON checkout_cart (owner, status);

-- unit_price_minor: the price the shopper last saw; a different catalog price is a notice and a new version.
CREATE TABLE checkout_cart_line (
    cart_id          UUID NOT NULL REFERENCES checkout_cart (id) ON DELETE CASCADE,
    sku              VARCHAR(64) NOT NULL,
    position         INTEGER NOT NULL,
    quantity         INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_minor BIGINT NOT NULL,
    PRIMARY KEY (cart_id, position)
);

CREATE TABLE checkout_reservation (
    id          UUID PRIMARY KEY,
    cart_id     UUID NOT NULL,
    sku         VARCHAR(64) NOT NULL,
    quantity    INTEGER NOT NULL CHECK (quantity > 0),
    status      VARCHAR(20) NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX checkout_reservation_cart ON checkout_reservation (cart_id, status);
CREATE INDEX checkout_reservation_expiry ON checkout_reservation (status, expires_at);

CREATE TABLE checkout_order (
    id               UUID PRIMARY KEY,
    number           VARCHAR(20) NOT NULL UNIQUE,
    cart_id          UUID NOT NULL,
    owner            VARCHAR(200),
    email            VARCHAR(320) NOT NULL,
    status           VARCHAR(20) NOT NULL,
    currency         CHAR(3) NOT NULL,
    subtotal_minor   BIGINT NOT NULL,
    discount_minor   BIGINT NOT NULL,
    shipping_minor   BIGINT NOT NULL,
    tax_minor        BIGINT NOT NULL,
    total_minor      BIGINT NOT NULL,
    refunded_minor   BIGINT NOT NULL,
    region           VARCHAR(10) NOT NULL,
    shipping_option  VARCHAR(40) NOT NULL,
    discount_code    VARCHAR(32),
    payment          VARCHAR(2000) NOT NULL,
    assisted         BOOLEAN NOT NULL,
    history          VARCHAR(20000) NOT NULL,
    placed_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX checkout_order_owner ON checkout_order (owner, placed_at);
CREATE INDEX checkout_order_pending ON checkout_order (status, placed_at);

CREATE TABLE checkout_order_line (
    order_id         UUID NOT NULL REFERENCES checkout_order (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    sku              VARCHAR(64) NOT NULL,
    product_id       UUID NOT NULL,
    title            VARCHAR(500) NOT NULL,
    options          VARCHAR(2000) NOT NULL,
    category         VARCHAR(64),
    quantity         INTEGER NOT NULL,
    unit_price_minor BIGINT NOT NULL,
    conversation_id  UUID,
    receipt_id       UUID,
    PRIMARY KEY (order_id, position)
);

-- Stripe-style idempotency: one row per key and caller; the response is stored with the order, in
-- its transaction. request_hash tells a retry from a different request under the same key.
CREATE TABLE checkout_idempotency (
    idem_key      VARCHAR(300) NOT NULL,
    caller        VARCHAR(200) NOT NULL,
    request_hash  VARCHAR(64) NOT NULL,
    state         VARCHAR(20) NOT NULL,
    order_id      UUID,
    response      VARCHAR(200000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (idem_key, caller)
);
CREATE INDEX checkout_idempotency_created ON checkout_idempotency (created_at);

CREATE TABLE checkout_discount (
    code            VARCHAR(32) PRIMARY KEY,
    kind            VARCHAR(10) NOT NULL,
    amount          BIGINT NOT NULL,
    currency        CHAR(3),
    category        VARCHAR(64),
    min_spend_minor BIGINT,
    min_spend_currency CHAR(3),
    starts_on       DATE,
    ends_on         DATE,
    active          BOOLEAN NOT NULL
);
