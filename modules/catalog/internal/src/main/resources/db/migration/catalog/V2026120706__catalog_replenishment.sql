-- Replenishment intervals of consumables (docs/postpurchase.md#replenishment): the JSON of each.
CREATE TABLE catalog_replenishment (
    id         VARCHAR(64) PRIMARY KEY,
    body       VARCHAR(8000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
