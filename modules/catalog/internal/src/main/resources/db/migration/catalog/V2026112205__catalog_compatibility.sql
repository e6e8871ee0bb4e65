-- Typed, directed edges between products: "the jar FITS the blender", "the blender REQUIRES the
-- base", "the new filter REPLACES the old one", "the tamper is an ACCESSORY_OF the blender".
CREATE TABLE catalog_compatibility (
    from_product UUID NOT NULL REFERENCES catalog_product (id) ON DELETE CASCADE,
    kind         VARCHAR(16) NOT NULL,
    to_product   UUID NOT NULL REFERENCES catalog_product (id) ON DELETE CASCADE,
    note         VARCHAR(500),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (from_product, kind, to_product)
);
CREATE INDEX catalog_compatibility_to ON catalog_compatibility (to_product, kind);
