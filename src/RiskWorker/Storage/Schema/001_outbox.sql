-- Worker schema module "worker", version 1: the mail outbox. Applied once by SqliteSchema in one transaction; never
-- edit a shipped file, add the next number instead. Instants are UTC ISO 8601 text, so text order is time order.

-- Every email is written here before it is sent. The key makes sending exactly-once: a second enqueue with the same
-- key changes nothing, whatever the first one's status. message_id is fixed at enqueue and reused on every retry so
-- a receiver can recognise a message sent twice (SMTP is at-least-once: a crash after the server's 250 and before
-- the row is marked delivered sends it again on the next run).
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    key             TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL,
    to_address      TEXT NOT NULL,
    to_name         TEXT NOT NULL,
    language        TEXT NOT NULL,
    subject         TEXT NOT NULL,
    html_body       TEXT NOT NULL,
    text_body       TEXT NOT NULL,
    message_id      TEXT NOT NULL UNIQUE,
    status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    created_at      TEXT NOT NULL,
    last_attempt_at TEXT,
    delivered_at    TEXT,
    receipt         TEXT
);

CREATE INDEX outbox_by_status ON outbox (status, id);

-- The outbox is the record of what was said to whom: nothing is ever deleted.
CREATE TRIGGER outbox_never_deleted BEFORE DELETE ON outbox
BEGIN
    SELECT RAISE(ABORT, 'outbox rows are never deleted');
END;
