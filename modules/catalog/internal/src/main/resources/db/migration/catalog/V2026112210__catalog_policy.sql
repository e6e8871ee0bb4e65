-- Return, warranty and shipping policies as data (the JSON of each policy record), answered by
-- one evaluation function for every surface.
CREATE TABLE catalog_policy (
    id         VARCHAR(64) PRIMARY KEY,
    kind       VARCHAR(16) NOT NULL,
    body       VARCHAR(8000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
