-- Reviews as they were written, per product (the catalog's product id; no foreign key across
-- modules). The author id is kept for moderation and never shown in full. review_key (product,
-- author, date and a hash of the text) makes importing the same review twice a no-op.
CREATE TABLE reviews_review (
    id           UUID PRIMARY KEY,
    review_key   VARCHAR(64) NOT NULL UNIQUE,
    product_id   UUID NOT NULL,
    variant_sku  VARCHAR(64),
    rating       SMALLINT NOT NULL,
    title        VARCHAR(200),
    body         VARCHAR(10000) NOT NULL,
    reviewed_on  DATE NOT NULL,
    verified     BOOLEAN NOT NULL,
    author_id    VARCHAR(200) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX reviews_review_product ON reviews_review (product_id, reviewed_on);
