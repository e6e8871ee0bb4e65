-- Compatibility edges may start or end at one variant of a product ("the 2 L jar fits the black
-- 1,200 W model only"), not just at a whole product. A NULL variant means the whole product. The
-- key spells out both ends and the kind, so the same edge cannot be stored twice (a unique
-- constraint over nullable columns would let it, and expression indexes differ between H2 and
-- PostgreSQL).
CREATE TABLE catalog_compatibility_edge (
    edge_key     VARCHAR(200) NOT NULL PRIMARY KEY,
    from_product UUID NOT NULL REFERENCES catalog_product (id) ON DELETE CASCADE,
    from_variant UUID REFERENCES catalog_variant (id) ON DELETE CASCADE,
    kind         VARCHAR(16) NOT NULL,
    to_product   UUID NOT NULL REFERENCES catalog_product (id) ON DELETE CASCADE,
    to_variant   UUID REFERENCES catalog_variant (id) ON DELETE CASCADE,
    note         VARCHAR(500),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX catalog_compatibility_edge_from ON catalog_compatibility_edge (from_product, kind);
CREATE INDEX catalog_compatibility_edge_to ON catalog_compatibility_edge (to_product, kind);

INSERT INTO catalog_compatibility_edge (edge_key, from_product, from_variant, kind, to_product, to_variant, note, created_at)
SELECT CAST(from_product AS VARCHAR(36)) || '/*>' || kind || '>' || CAST(to_product AS VARCHAR(36)) || '/*',
       from_product, NULL, kind, to_product, NULL, note, created_at
FROM catalog_compatibility;

DROP TABLE catalog_compatibility;
