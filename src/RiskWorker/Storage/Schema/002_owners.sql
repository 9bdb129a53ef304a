-- Worker schema, version 2: the people who receive mail and the roles (office codes of rules/offices.json) they hold.
-- A role can be held by several people; a role held by nobody routes its mail to Notifications:FallbackEmail.
-- Emails compare case-insensitively so "A@x.org" and "a@x.org" are one person.

CREATE TABLE owners (
    email        TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
    name         TEXT NOT NULL,
    language     TEXT NOT NULL DEFAULT 'ky' CHECK (language IN ('ky', 'ru', 'en')),
    illustrative INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE owner_roles (
    email TEXT NOT NULL COLLATE NOCASE REFERENCES owners (email) ON DELETE CASCADE,
    role  TEXT NOT NULL,
    PRIMARY KEY (email, role)
);
CREATE INDEX owner_roles_role ON owner_roles (role);
