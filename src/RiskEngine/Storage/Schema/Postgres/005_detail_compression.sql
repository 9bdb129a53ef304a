-- RiskEngine schema for PostgreSQL, version 5: an evaluation's assessments are written with lz4 instead of the default
-- pglz. A large register's evaluation writes tens of megabytes of JSON into detail, and pglz compressing them took
-- four times as long as lz4 (bench/RiskEngine.Benchmarks store-parts). Rows already stored keep their compression and
-- read the same. A server built without lz4 (or older than PostgreSQL 14) keeps its default: EXECUTE defers parsing,
-- so the refusal is caught here instead of stopping the upgrade.
DO $$
BEGIN
    EXECUTE 'ALTER TABLE assessments ALTER COLUMN detail SET COMPRESSION lz4';
EXCEPTION WHEN feature_not_supported OR syntax_error OR invalid_parameter_value THEN
    RAISE NOTICE 'detail keeps the server''s default compression: %', SQLERRM;
END
$$;
