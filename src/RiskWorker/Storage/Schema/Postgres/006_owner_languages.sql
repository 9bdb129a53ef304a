-- Worker schema for PostgreSQL, version 6, as the SQLite 006_owner_languages.sql: an owner may read any language the
-- register offers, checked when owners are imported, so the table no longer lists three languages (nor defaults to one).

ALTER TABLE owners DROP CONSTRAINT owners_language_check;
ALTER TABLE owners ALTER COLUMN language DROP DEFAULT;
