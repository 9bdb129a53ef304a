-- Worker schema, version 6: an owner may read any language the register offers (register.json "languages"), checked
-- when owners are imported against the register, so the table no longer lists three languages (nor defaults to one).
-- SQLite cannot drop a CHECK: the table is rebuilt. Its roles are kept aside first, since dropping owners would
-- cascade to them, and put back under the rebuilt table.

CREATE TEMP TABLE owner_roles_v5 AS SELECT email, role FROM owner_roles;
DROP TABLE owner_roles;

CREATE TABLE owners_v6 (
    email        TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
    name         TEXT NOT NULL,
    language     TEXT NOT NULL,
    illustrative INTEGER NOT NULL DEFAULT 0
);
INSERT INTO owners_v6 (email, name, language, illustrative) SELECT email, name, language, illustrative FROM owners;
DROP TABLE owners;
ALTER TABLE owners_v6 RENAME TO owners;

CREATE TABLE owner_roles (
    email TEXT NOT NULL COLLATE NOCASE REFERENCES owners (email) ON DELETE CASCADE,
    role  TEXT NOT NULL,
    PRIMARY KEY (email, role)
);
CREATE INDEX owner_roles_role ON owner_roles (role);
INSERT INTO owner_roles (email, role) SELECT email, role FROM owner_roles_v5;
DROP TABLE owner_roles_v5;
