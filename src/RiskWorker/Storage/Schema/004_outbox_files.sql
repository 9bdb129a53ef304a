-- Worker schema, version 4: a file sent to many people (the campaign's pack, one per language to every owner) is
-- stored once. Its bytes move to outbox_files, keyed by the SHA-256 of the content in hex; each attachment points at
-- its file. Files stored under version 3 cannot be hashed in SQL, so each keeps its own key 'v3:<outbox id>:<position>'
-- (never a valid hex digest, so it cannot collide); the worker hashes every file it stores from now on.

CREATE TABLE outbox_files (
    sha256  TEXT PRIMARY KEY,
    content BLOB NOT NULL
);

INSERT INTO outbox_files (sha256, content)
SELECT 'v3:' || outbox_id || ':' || position, content FROM outbox_attachments;

CREATE TABLE outbox_attachments_v4 (
    outbox_id    INTEGER NOT NULL REFERENCES outbox (id),
    position     INTEGER NOT NULL,
    file_name    TEXT NOT NULL,
    content_type TEXT NOT NULL,
    sha256       TEXT NOT NULL REFERENCES outbox_files (sha256),
    PRIMARY KEY (outbox_id, position)
);

INSERT INTO outbox_attachments_v4 (outbox_id, position, file_name, content_type, sha256)
SELECT outbox_id, position, file_name, content_type, 'v3:' || outbox_id || ':' || position FROM outbox_attachments;

-- The rows live on in outbox_attachments_v4; dropping the old table (and its trigger) deletes nothing that was said.
DROP TRIGGER outbox_attachments_never_deleted;
DROP TABLE outbox_attachments;
ALTER TABLE outbox_attachments_v4 RENAME TO outbox_attachments;

-- Part of the record of what was said to whom, like the outbox itself.
CREATE TRIGGER outbox_attachments_never_deleted BEFORE DELETE ON outbox_attachments
BEGIN
    SELECT RAISE(ABORT, 'outbox attachments are never deleted');
END;

CREATE TRIGGER outbox_files_never_deleted BEFORE DELETE ON outbox_files
BEGIN
    SELECT RAISE(ABORT, 'outbox files are never deleted');
END;
