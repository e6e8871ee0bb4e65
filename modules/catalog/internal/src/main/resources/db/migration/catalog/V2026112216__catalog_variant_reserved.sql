-- Units held by checkouts in progress, next to the units on hand; both can only be changed by
-- conditional updates (catalog.internal.inventory.StockLedger) and never go below zero.
ALTER TABLE catalog_variant ADD COLUMN reserved INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE catalog_variant ADD CONSTRAINT catalog_variant_stock_not_negative CHECK (stock >= 0);
ALTER TABLE catalog_variant ADD CONSTRAINT catalog_variant_reserved_in_range CHECK (reserved >= 0);
