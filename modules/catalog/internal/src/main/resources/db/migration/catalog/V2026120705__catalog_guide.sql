-- Setup guides and troubleshooting trees (docs/postpurchase.md#setup-and-troubleshooting): the JSON
-- of each guide, one row per guide; the kind is kept beside it for the console's lists.
CREATE TABLE catalog_guide (
    id         VARCHAR(64) PRIMARY KEY,
    kind       VARCHAR(16) NOT NULL,
    body       VARCHAR(64000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
