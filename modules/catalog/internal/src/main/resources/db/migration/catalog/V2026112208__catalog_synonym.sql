-- The shopper's vocabulary as data: "hoover" also means "vacuum", "quiet" means reason code
-- quiet, "cordless" means power_source = battery. Read by search on every query (cached briefly).
CREATE TABLE catalog_synonym (
    term       VARCHAR(64) PRIMARY KEY,
    kind       VARCHAR(16) NOT NULL,
    target     VARCHAR(200) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
