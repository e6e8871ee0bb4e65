CREATE TABLE catalog_product (
    id           UUID PRIMARY KEY,
    sku          VARCHAR(64) NOT NULL UNIQUE,
    title        VARCHAR(300) NOT NULL,
    brand        VARCHAR(120) NOT NULL,
    description  VARCHAR(10000) NOT NULL,
    price_minor  BIGINT NOT NULL,
    currency     CHAR(3) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
