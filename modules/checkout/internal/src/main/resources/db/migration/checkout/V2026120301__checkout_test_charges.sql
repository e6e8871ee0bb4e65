-- The built-in test payment provider's own ledger: what a real provider's dashboard would show.
-- One row per order id charged (the provider's idempotency key); a retry with the same order id
-- counts an attempt and returns the first charge. Lets ops and the crash test reconcile charges
-- with orders (docs/checkout.md, "Crashes and retries").
CREATE TABLE checkout_test_charge (
    order_id        UUID PRIMARY KEY,
    reference       VARCHAR(200) NOT NULL,
    status          VARCHAR(20) NOT NULL,
    amount_minor    BIGINT NOT NULL,
    currency        CHAR(3) NOT NULL,
    refunded_minor  BIGINT NOT NULL DEFAULT 0,
    attempts        INT NOT NULL,
    charged_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
