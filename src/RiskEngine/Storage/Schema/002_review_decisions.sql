-- RiskEngine schema, version 2: reviews held by each review body (the Academic Council and others), the decision
-- taken on each risk, and the action a "treat" decision opened. Never edit a shipped file; add the next number.

CREATE TABLE body_reviews (
    id            INTEGER PRIMARY KEY,
    body          TEXT NOT NULL,
    reviewed_on   TEXT NOT NULL,
    evaluation_id INTEGER NOT NULL REFERENCES evaluations (id),
    recorded_at   TEXT NOT NULL,
    minutes_name  TEXT,
    minutes       BLOB, -- the minutes file's bytes, kept with the review
    UNIQUE (body, reviewed_on)
);

CREATE TABLE decisions (
    id        INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES body_reviews (id),
    risk      TEXT NOT NULL,
    decision  TEXT NOT NULL CHECK (decision IN ('accept', 'treat', 'escalate', 'close')),
    note      TEXT
);
CREATE INDEX decisions_by_risk ON decisions (risk);

-- An action opened by a treat decision; NULL for the office's imported list, which `import actions` replaces.
ALTER TABLE actions ADD COLUMN decision_id INTEGER REFERENCES decisions (id);
