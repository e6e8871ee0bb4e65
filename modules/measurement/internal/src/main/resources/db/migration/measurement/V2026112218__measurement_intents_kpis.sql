-- Intent records (docs/kpis.md, docs/privacy.md): what shoppers asked, what they were shown, what
-- they did and bought. Projected from the event log by measurement's intake; ids of other modules'
-- data, never joins.

-- One row per assistant conversation, with the counts the KPIs need.
CREATE TABLE measurement_conversation (
    id                    UUID PRIMARY KEY,
    owner                 VARCHAR(255),                          -- the shopper, once a cart or an order links one; null for guests
    started_at            TIMESTAMP WITH TIME ZONE NOT NULL,     -- first turn (or first interaction)
    category              VARCHAR(100),                          -- the category the conversation settled on
    turns                 INT NOT NULL DEFAULT 0,
    questions             INT NOT NULL DEFAULT 0,
    answered              INT NOT NULL DEFAULT 0,
    refused               INT NOT NULL DEFAULT 0,
    recommending_turns    INT NOT NULL DEFAULT 0,
    zero_result_turns     INT NOT NULL DEFAULT 0,
    relaxed_turns         INT NOT NULL DEFAULT 0,
    impressions           INT NOT NULL DEFAULT 0,
    sponsored_impressions INT NOT NULL DEFAULT 0,
    card_clicks           INT NOT NULL DEFAULT 0,
    compares              INT NOT NULL DEFAULT 0,
    first_cart_add_at     TIMESTAMP WITH TIME ZONE,
    handoff_at            TIMESTAMP WITH TIME ZONE,
    ordered_at            TIMESTAMP WITH TIME ZONE
);
CREATE INDEX measurement_conversation_started ON measurement_conversation (started_at);
CREATE INDEX measurement_conversation_owner ON measurement_conversation (owner);

-- Each message: the shopper's words after redaction, the constraints, what was shown.
CREATE TABLE measurement_turn (
    conversation_id   UUID NOT NULL,
    turn              INT NOT NULL,
    occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    text              VARCHAR(2000),                             -- redacted; null after the retention period
    intent            VARCHAR(20) NOT NULL,
    category          VARCHAR(100),
    constraint_fields VARCHAR(2000) NOT NULL,                    -- JSON array
    constraint_words  VARCHAR(2000) NOT NULL,                    -- JSON array
    shown             VARCHAR(8000) NOT NULL,                    -- JSON [{product, receipt, sponsored}]
    relaxations       INT NOT NULL,
    answered          BOOLEAN,
    refused_topic     VARCHAR(100),
    PRIMARY KEY (conversation_id, turn)
);
CREATE INDEX measurement_turn_time ON measurement_turn (occurred_at);

CREATE TABLE measurement_cart_add (
    event_id         UUID PRIMARY KEY,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    cart_id          UUID NOT NULL,
    owner            VARCHAR(255),
    conversation_id  UUID,
    product_id       UUID NOT NULL,
    sku              VARCHAR(100) NOT NULL,
    category         VARCHAR(100),
    quantity         INT NOT NULL,
    unit_price_minor BIGINT NOT NULL
);
CREATE INDEX measurement_cart_add_conversation ON measurement_cart_add (conversation_id);
CREATE INDEX measurement_cart_add_owner ON measurement_cart_add (owner);

CREATE TABLE measurement_order (
    order_id        UUID PRIMARY KEY,
    owner           VARCHAR(255),
    placed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    category        VARCHAR(100),                                -- the category of the line worth the most
    currency        VARCHAR(3) NOT NULL,
    total_minor     BIGINT NOT NULL,
    assisted        BOOLEAN NOT NULL,
    line_count      INT NOT NULL,
    attached        BOOLEAN NOT NULL,                            -- a line fits, requires or accessorises another line
    conversations   VARCHAR(2000) NOT NULL,                      -- JSON array of conversation ids
    skus            VARCHAR(4000) NOT NULL,                      -- JSON array
    cancelled_at    TIMESTAMP WITH TIME ZONE,
    refunded_minor  BIGINT NOT NULL DEFAULT 0,
    returned_at     TIMESTAMP WITH TIME ZONE,                    -- filled by ReturnRequested (post-purchase)
    return_reason   VARCHAR(500)
);
CREATE INDEX measurement_order_placed ON measurement_order (placed_at);
CREATE INDEX measurement_order_owner ON measurement_order (owner);

-- KPI values per day (UTC), category ('*' = all) and split ('all', 'assisted', 'unassisted').
CREATE TABLE measurement_kpi_daily (
    kpi_day      DATE NOT NULL,
    category     VARCHAR(100) NOT NULL,
    kpi          VARCHAR(60) NOT NULL,
    split        VARCHAR(20) NOT NULL,
    kpi_value    DOUBLE PRECISION,                               -- null when the denominator is 0
    numerator    DOUBLE PRECISION NOT NULL,
    denominator  DOUBLE PRECISION NOT NULL,
    computed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kpi_day, category, kpi, split)
);
