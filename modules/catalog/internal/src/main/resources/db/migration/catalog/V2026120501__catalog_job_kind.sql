-- A stored job is a catalog import or a rebuild of the search index (docs/console.md#operations):
-- both report progress to every replica the same way.
ALTER TABLE catalog_import_job ADD COLUMN kind VARCHAR(10) DEFAULT 'IMPORT' NOT NULL;
