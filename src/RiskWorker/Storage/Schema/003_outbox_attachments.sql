-- Worker schema, version 3: files sent with an outbox message (the Council pack of the campaign's T-7 mailing).
-- The bytes live here, written in the same transaction as their outbox row, so a message is stored whole or not at
-- all and a retry sends exactly what was composed, whatever happened to the file it was read from.

CREATE TABLE outbox_attachments (
    outbox_id    INTEGER NOT NULL REFERENCES outbox (id),
    position     INTEGER NOT NULL,
    file_name    TEXT NOT NULL,
    content_type TEXT NOT NULL,
    content      BLOB NOT NULL,
    PRIMARY KEY (outbox_id, position)
);

-- Part of the record of what was said to whom, like the outbox itself.
CREATE TRIGGER outbox_attachments_never_deleted BEFORE DELETE ON outbox_attachments
BEGIN
    SELECT RAISE(ABORT, 'outbox attachments are never deleted');
END;
