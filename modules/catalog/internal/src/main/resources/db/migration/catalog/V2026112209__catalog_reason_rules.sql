-- Reason-code rules per category, one row per version (never edited), and the audit trail of
-- every label a product gained or lost, with the rule versions and the evidence.
CREATE TABLE catalog_reason_rules (
    category_key VARCHAR(64) NOT NULL REFERENCES catalog_category (category_key) ON DELETE CASCADE,
    version      INTEGER NOT NULL,
    rules        VARCHAR(20000) NOT NULL,
    changed_by   VARCHAR(200) NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    note         VARCHAR(1000),
    PRIMARY KEY (category_key, version)
);

CREATE TABLE catalog_label_change (
    id           UUID PRIMARY KEY,
    category_key VARCHAR(64) NOT NULL,
    product_id   UUID NOT NULL REFERENCES catalog_product (id) ON DELETE CASCADE,
    code         VARCHAR(64) NOT NULL,
    kind         VARCHAR(8) NOT NULL,
    from_version INTEGER NOT NULL,
    to_version   INTEGER NOT NULL,
    because      VARCHAR(1000) NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX catalog_label_change_category ON catalog_label_change (category_key, changed_at);
