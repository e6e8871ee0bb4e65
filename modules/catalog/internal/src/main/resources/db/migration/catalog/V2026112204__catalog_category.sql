-- Categories and their attribute schema. A schema change bumps the version, so labels and
-- imports can say which schema they were checked against.
CREATE TABLE catalog_category (
    category_key   VARCHAR(64) PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    schema_version INTEGER NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE catalog_attribute (
    category_key   VARCHAR(64) NOT NULL REFERENCES catalog_category (category_key) ON DELETE CASCADE,
    attribute_key  VARCHAR(64) NOT NULL,
    position       INTEGER NOT NULL,
    label          VARCHAR(200) NOT NULL,
    value_type     VARCHAR(16) NOT NULL,
    dimension      VARCHAR(32),
    display_unit   VARCHAR(32),
    min_value      NUMERIC(30, 10),
    max_value      NUMERIC(30, 10),
    allowed_values VARCHAR(4000),
    required       BOOLEAN NOT NULL,
    PRIMARY KEY (category_key, attribute_key)
);
