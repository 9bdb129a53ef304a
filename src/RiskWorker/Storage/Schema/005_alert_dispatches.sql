-- Worker schema, version 5: the alert dispatch watermark. One row per evaluation whose alerts were queued into the
-- outbox, written after its mails, so a crash in between only re-composes mails the outbox's keys already refuse.
-- The alert job handles, in (as_of, id) order, the evaluations after the newest row here; an evaluation dated
-- before that (`evaluate --as-of` a past day) sorts below it and is never alerted. No foreign key to the engine's
-- evaluations: its schema module may be applied after this one.

CREATE TABLE alert_dispatches (
    evaluation_id INTEGER PRIMARY KEY,
    as_of         TEXT NOT NULL
);

CREATE INDEX alert_dispatches_order ON alert_dispatches (as_of, evaluation_id);

-- The record of which evaluation was alerted against which, like the outbox: nothing is ever deleted.
CREATE TRIGGER alert_dispatches_never_deleted BEFORE DELETE ON alert_dispatches
BEGIN
    SELECT RAISE(ABORT, 'alert dispatch records are never deleted');
END;
