-- The writer's templates: their own, and their changes to built-in ones (`replaces` names the
-- built-in by its kind; Reset deletes the row).
CREATE TABLE document_templates (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL,                 -- the checklist its documents are held to
    name        TEXT    NOT NULL,
    purpose     TEXT    NOT NULL DEFAULT '',
    body        TEXT    NOT NULL,
    replaces    TEXT    UNIQUE,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
