-- The writer's glossary: terms of their own, and their changes to built-in ones. A built-in
-- term is named by its first spelling (`replaces`); `hidden` leaves a term out of the checks.
CREATE TABLE glossary_terms (
    id          INTEGER PRIMARY KEY,
    terms       TEXT    NOT NULL,                 -- JSON array of spellings
    plain       TEXT    NOT NULL,
    replaces    TEXT    UNIQUE,                   -- the built-in term this edits or hides
    hidden      INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
