-- A product becomes a family of sellable variants (SKU, options, price, stock) with the content the
-- assistant needs: bullets, images, who it is for and not for, stated boundaries, typed attribute
-- values (JSON: canonical value + what the source said) and its reason codes with evidence.
CREATE TABLE catalog_variant (
    id          UUID PRIMARY KEY,
    product_id  UUID NOT NULL REFERENCES catalog_product (id) ON DELETE CASCADE,
    sku         VARCHAR(64) NOT NULL UNIQUE,
    position    INTEGER NOT NULL,
    options     VARCHAR(2000) NOT NULL,
    price_minor BIGINT NOT NULL,
    currency    CHAR(3) NOT NULL,
    stock       INTEGER NOT NULL
);
CREATE INDEX catalog_variant_product ON catalog_variant (product_id);

INSERT INTO catalog_variant (id, product_id, sku, position, options, price_minor, currency, stock)
SELECT id, id, sku, 0, '{}', price_minor, currency, 0 FROM catalog_product;

ALTER TABLE catalog_product ADD COLUMN handle VARCHAR(64);
UPDATE catalog_product SET handle = LOWER(sku);
ALTER TABLE catalog_product ALTER COLUMN handle SET NOT NULL;
ALTER TABLE catalog_product ADD CONSTRAINT catalog_product_handle_key UNIQUE (handle);
ALTER TABLE catalog_product DROP COLUMN sku;
ALTER TABLE catalog_product DROP COLUMN price_minor;
ALTER TABLE catalog_product DROP COLUMN currency;

ALTER TABLE catalog_product ADD COLUMN category_key VARCHAR(64) REFERENCES catalog_category (category_key);
ALTER TABLE catalog_product ADD COLUMN bullets VARCHAR(8000) DEFAULT '[]' NOT NULL;
ALTER TABLE catalog_product ADD COLUMN images VARCHAR(8000) DEFAULT '[]' NOT NULL;
ALTER TABLE catalog_product ADD COLUMN who_for VARCHAR(1000);
ALTER TABLE catalog_product ADD COLUMN who_not_for VARCHAR(1000);
ALTER TABLE catalog_product ADD COLUMN boundaries VARCHAR(4000) DEFAULT '[]' NOT NULL;
ALTER TABLE catalog_product ADD COLUMN attributes VARCHAR(60000) DEFAULT '{}' NOT NULL;
ALTER TABLE catalog_product ADD COLUMN reason_codes VARCHAR(8000) DEFAULT '[]' NOT NULL;
ALTER TABLE catalog_product ADD COLUMN rating NUMERIC(3, 2);
ALTER TABLE catalog_product ADD COLUMN review_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE catalog_product ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
UPDATE catalog_product SET updated_at = created_at;
ALTER TABLE catalog_product ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX catalog_product_category ON catalog_product (category_key);
