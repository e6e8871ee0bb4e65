-- Questions and answers about a product, with where the answer came from. Third-party text:
-- stored verbatim, shown escaped, never treated as instructions.
CREATE TABLE catalog_qa (
    id          UUID PRIMARY KEY,
    product_id  UUID NOT NULL REFERENCES catalog_product (id) ON DELETE CASCADE,
    question    VARCHAR(1000) NOT NULL,
    answer      VARCHAR(4000) NOT NULL,
    source      VARCHAR(16) NOT NULL,
    answered_on DATE NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX catalog_qa_product ON catalog_qa (product_id, answered_on);
