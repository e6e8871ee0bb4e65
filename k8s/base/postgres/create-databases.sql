-- Run once by the PostgreSQL image on an empty volume: the store's database is POSTGRES_DB
-- (concierge); Keycloak gets its own.
CREATE DATABASE keycloak;
