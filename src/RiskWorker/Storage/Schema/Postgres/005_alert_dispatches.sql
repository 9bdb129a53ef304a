-- Worker schema for PostgreSQL, version 5: the alert dispatch watermark, as the SQLite 005_alert_dispatches.sql. One
-- row per evaluation whose alerts were queued into the outbox, written after its mails. No foreign key to the
-- engine's evaluations: its schema module may be applied after this one.

CREATE TABLE alert_dispatches (
    evaluation_id bigint PRIMARY KEY,
    as_of         date NOT NULL
);

CREATE INDEX alert_dispatches_order ON alert_dispatches (as_of, evaluation_id);

-- The record of which evaluation was alerted against which, like the outbox: nothing is ever deleted.
CREATE TRIGGER alert_dispatches_never_deleted BEFORE DELETE ON alert_dispatches
    FOR EACH ROW EXECUTE FUNCTION riskengine_never_deleted();
