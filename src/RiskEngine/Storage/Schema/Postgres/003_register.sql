-- RiskEngine schema for PostgreSQL, version 3: the same table as the SQLite 003_register.sql — the register a database
-- belongs to, recorded on first use by the register's id (rules/register.json); a process with another register is refused.

CREATE TABLE register_identity (
    only_row    integer PRIMARY KEY CHECK (only_row = 1),
    register_id text NOT NULL,
    recorded_at timestamptz NOT NULL
);
