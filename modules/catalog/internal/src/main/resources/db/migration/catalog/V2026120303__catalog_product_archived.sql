-- An archived product is no longer sold: it leaves search, listings, the assistant and carts, and
-- stays in the database because orders, analytics and reviews refer to it (docs/catalog.md#archiving).
ALTER TABLE catalog_product ADD COLUMN archived_at TIMESTAMP WITH TIME ZONE;
