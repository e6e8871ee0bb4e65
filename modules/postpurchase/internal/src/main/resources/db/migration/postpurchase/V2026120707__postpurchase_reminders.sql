-- Replenishment reminders (docs/postpurchase.md#replenishment): one per order line asked for. The job
-- claims a due reminder by a conditional update of its status, so with several store instances each
-- reminder is sent once; mails counts the e-mails the outbox handler sent for it.
CREATE TABLE postpurchase_reminder (
    id           UUID PRIMARY KEY,
    order_id     UUID NOT NULL,
    order_number VARCHAR(40) NOT NULL,
    owner        VARCHAR(200),
    product_id   UUID NOT NULL,
    sku          VARCHAR(64) NOT NULL,
    title        VARCHAR(300) NOT NULL,
    quantity     INTEGER NOT NULL,
    days         INTEGER NOT NULL,
    advice       VARCHAR(300) NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    status       VARCHAR(16) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE,
    mails        INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT postpurchase_reminder_line UNIQUE (order_id, sku)
);
CREATE INDEX postpurchase_reminder_due ON postpurchase_reminder (status, due_at);
