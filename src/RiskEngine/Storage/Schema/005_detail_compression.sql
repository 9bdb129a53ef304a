-- RiskEngine schema, version 5: PostgreSQL's 005 makes detail lz4-compressed. SQLite stores text uncompressed, so it
-- has nothing to change; the version is recorded all the same, so both stores are numbered alike.
SELECT 1;
