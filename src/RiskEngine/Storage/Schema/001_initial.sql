-- RiskEngine schema, version 1. Applied once by SqliteSchema in one transaction; never edit a shipped file,
-- add the next number instead. Dates are ISO text (yyyy-MM-dd), instants UTC ISO 8601, so text order is time order.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE scopes (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'faculty' CHECK (kind IN ('faculty', 'institute', 'college', 'other'))
);

CREATE TABLE observations (
    indicator   TEXT NOT NULL,
    period      TEXT NOT NULL,
    scope       TEXT NOT NULL,
    value       REAL NOT NULL,
    note        TEXT,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (indicator, period, scope)
);

CREATE TABLE actions (
    id      INTEGER PRIMARY KEY,
    risk    TEXT NOT NULL,
    text    TEXT NOT NULL,
    owner   TEXT NOT NULL,
    due     TEXT,
    status  TEXT NOT NULL CHECK (status IN ('planned', 'in-progress', 'done')),
    done_on TEXT
);
CREATE INDEX actions_risk ON actions (risk);

CREATE TABLE evaluations (
    id               INTEGER PRIMARY KEY,
    as_of            TEXT NOT NULL,
    evaluated_at     TEXT NOT NULL,
    rule_set_version TEXT NOT NULL,
    illustrative     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE assessments (
    evaluation_id  INTEGER NOT NULL REFERENCES evaluations (id),
    risk           TEXT NOT NULL,
    likelihood     INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
    impact         INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
    score          INTEGER NOT NULL,
    level          TEXT NOT NULL,
    above_appetite INTEGER NOT NULL,
    stale          INTEGER NOT NULL,
    worst_scope    TEXT NOT NULL,
    movement       TEXT NOT NULL,
    detail         TEXT NOT NULL, -- the whole assessment as JSON: reasons, scopes, movement since review
    PRIMARY KEY (evaluation_id, risk)
);

CREATE TABLE reviews (
    reviewed_on   TEXT PRIMARY KEY,
    evaluation_id INTEGER NOT NULL REFERENCES evaluations (id)
);
