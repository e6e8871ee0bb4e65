-- The relay reads the oldest pending rows in seq order. With (sent_at, seq) the database walks the
-- index in that order and stops after one batch, instead of sorting every pending row: after a
-- bulk import of 100,000 products that sort cost H2 ~200 ms per batch of 50.
DROP INDEX kernel_outbox_due;
CREATE INDEX kernel_outbox_pending ON kernel_outbox (sent_at, seq);
