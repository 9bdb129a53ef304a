-- RiskEngine schema, version 3: the register a database belongs to. Recorded on first use by the register's id
-- (rules/register.json); a process with another register is refused. Never edit a shipped file, add the next number.

CREATE TABLE register_identity (
    only_row    INTEGER PRIMARY KEY CHECK (only_row = 1),
    register_id TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
