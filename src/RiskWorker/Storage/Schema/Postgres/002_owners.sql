-- Worker schema for PostgreSQL, version 2: the people who receive mail and the roles (office codes of
-- rules/offices.json) they hold, as the SQLite 002_owners.sql. Emails compare case-insensitively, so "A@x.org" and
-- "a@x.org" are one person: a unique index on lower(email) where SQLite uses COLLATE NOCASE.

CREATE TABLE owners (
    email        text NOT NULL PRIMARY KEY,
    name         text NOT NULL,
    language     text NOT NULL DEFAULT 'ky' CHECK (language IN ('ky', 'ru', 'en')),
    illustrative boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX owners_email_nocase ON owners (lower(email));

CREATE TABLE owner_roles (
    email text NOT NULL REFERENCES owners (email) ON DELETE CASCADE,
    role  text NOT NULL,
    PRIMARY KEY (email, role)
);
CREATE INDEX owner_roles_role ON owner_roles (role);
