-- Worker schema for PostgreSQL, version 3: files sent with an outbox message, in the shape SQLite reached at its
-- version 4 (a file sent to many people stored once in outbox_files, keyed by the SHA-256 of its content in hex).
-- The bytes are written in the same transaction as their outbox row, so a message is stored whole or not at all.

CREATE TABLE outbox_files (
    sha256  text PRIMARY KEY,
    content bytea NOT NULL
);

CREATE TABLE outbox_attachments (
    outbox_id    bigint NOT NULL REFERENCES outbox (id),
    position     integer NOT NULL,
    file_name    text NOT NULL,
    content_type text NOT NULL,
    sha256       text NOT NULL REFERENCES outbox_files (sha256),
    PRIMARY KEY (outbox_id, position)
);

-- Part of the record of what was said to whom, like the outbox itself.
CREATE TRIGGER outbox_attachments_never_deleted BEFORE DELETE ON outbox_attachments
    FOR EACH ROW EXECUTE FUNCTION riskengine_never_deleted();

CREATE TRIGGER outbox_files_never_deleted BEFORE DELETE ON outbox_files
    FOR EACH ROW EXECUTE FUNCTION riskengine_never_deleted();
