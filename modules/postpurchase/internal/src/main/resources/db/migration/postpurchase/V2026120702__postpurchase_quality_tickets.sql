-- Returns that contradict what the assistant claimed: one ticket per product, claim and reason,
-- and each return that added to it.
CREATE TABLE postpurchase_quality_ticket (
    id                  UUID PRIMARY KEY,
    product_id          UUID NOT NULL,
    sku                 VARCHAR(64) NOT NULL,
    title               VARCHAR(500) NOT NULL,
    subject             VARCHAR(200) NOT NULL,
    claim               VARCHAR(1000) NOT NULL,
    reason              VARCHAR(30) NOT NULL,
    returns             INTEGER NOT NULL,
    revenue_minor       BIGINT NOT NULL,
    currency            CHAR(3) NOT NULL,
    opened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    last_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT postpurchase_quality_ticket_key UNIQUE (product_id, subject, reason)
);
CREATE INDEX postpurchase_quality_ticket_worst ON postpurchase_quality_ticket (returns, revenue_minor);

CREATE TABLE postpurchase_quality_case (
    ticket_id           UUID NOT NULL REFERENCES postpurchase_quality_ticket (id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    return_id           UUID NOT NULL,
    return_number       VARCHAR(20) NOT NULL,
    order_id            UUID NOT NULL,
    order_number        VARCHAR(20) NOT NULL,
    receipt_id          UUID NOT NULL,
    at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (ticket_id, position)
);
