-- Worker schema for PostgreSQL, version 4: nothing to do. On SQLite, version 4 moved attachment bytes into
-- outbox_files; PostgreSQL's version 3 already created that shape. The number is kept so both stores count alike.
SELECT 1;
