-- Returns (RMA): one row per return, its lines, and one row per order that has returns, which a
-- request locks so two requests for the same order cannot return the same unit twice.
CREATE TABLE postpurchase_return (
    id                  UUID PRIMARY KEY,
    number              VARCHAR(20) NOT NULL UNIQUE,
    order_id            UUID NOT NULL,
    order_number        VARCHAR(20) NOT NULL,
    owner               VARCHAR(200),
    status              VARCHAR(20) NOT NULL,
    reason              VARCHAR(30) NOT NULL,
    comment             VARCHAR(2000),
    opened              BOOLEAN NOT NULL,
    currency            CHAR(3) NOT NULL,
    items_minor         BIGINT NOT NULL,
    fee_minor           BIGINT NOT NULL,
    shipping_minor      BIGINT NOT NULL,
    quote_minor         BIGINT NOT NULL,
    refunded_minor      BIGINT NOT NULL,
    carrier             VARCHAR(100),
    tracking_number     VARCHAR(100),
    resellable          BOOLEAN,
    idempotency_key     VARCHAR(300) NOT NULL,
    request_hash        VARCHAR(64) NOT NULL,
    history             VARCHAR(20000) NOT NULL,
    requested_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT postpurchase_return_key UNIQUE (order_id, idempotency_key)
);
CREATE INDEX postpurchase_return_order ON postpurchase_return (order_id, requested_at);
CREATE INDEX postpurchase_return_queue ON postpurchase_return (status, requested_at);
CREATE INDEX postpurchase_return_owner ON postpurchase_return (owner);

CREATE TABLE postpurchase_return_line (
    return_id           UUID NOT NULL REFERENCES postpurchase_return (id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    sku                 VARCHAR(64) NOT NULL,
    product_id          UUID NOT NULL,
    title               VARCHAR(500) NOT NULL,
    category            VARCHAR(64),
    quantity            INTEGER NOT NULL,
    unit_price_minor    BIGINT NOT NULL,
    policy_id           VARCHAR(100) NOT NULL,
    fee_percent         INTEGER NOT NULL,
    receipt_id          UUID,
    PRIMARY KEY (return_id, position)
);

CREATE TABLE postpurchase_order (
    order_id            UUID PRIMARY KEY,
    first_return_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
