-- Documents: executive briefs, feature writeups, one-pagers. Apart from entries: they have a
-- kind of their own, revisions, dismissed findings, and no "day they are about".
CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    kind        TEXT    NOT NULL,                 -- brief, writeup, scqa, pr-faq, note (Rust validates)
    title       TEXT    NOT NULL DEFAULT '',
    body        TEXT    NOT NULL DEFAULT '',
    starred     INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1)),
    dismissals  TEXT    NOT NULL DEFAULT '{"here":[],"rules":[]}', -- JSON, writing::Dismissals
    -- What the list shows, worked out by the writing checks on every save.
    words       INTEGER NOT NULL DEFAULT 0,
    checks_passed INTEGER NOT NULL DEFAULT 0,
    checks_total  INTEGER NOT NULL DEFAULT 0,
    warnings    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    deleted_at  TEXT
);

CREATE INDEX documents_by_update ON documents (updated_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX documents_trash ON documents (deleted_at DESC) WHERE deleted_at IS NOT NULL;

-- Kept versions: on an explicit save, on close, at most every 5 minutes of editing, and on a
-- restore; never twice in a row for the same text.
CREATE TABLE document_revisions (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    title       TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    reason      TEXT    NOT NULL,                 -- save, close, editing, restore, before-restore
    name        TEXT,                             -- "sent to VP"
    created_at  TEXT    NOT NULL
);

CREATE INDEX document_revisions_by_document ON document_revisions (document_id, id DESC);

-- The same search as entries: the same tokenizer, over live documents only.
CREATE VIEW documents_live AS
    SELECT id, title, body FROM documents WHERE deleted_at IS NULL;

CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title, body,
    content = 'documents_live', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents WHEN new.deleted_at IS NULL BEGIN
    INSERT INTO documents_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents WHEN old.deleted_at IS NULL BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, body)
    VALUES ('delete', old.id, old.title, old.body);
END;

CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, body, deleted_at ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, body)
    SELECT 'delete', old.id, old.title, old.body WHERE old.deleted_at IS NULL;
    INSERT INTO documents_fts (rowid, title, body)
    SELECT new.id, new.title, new.body WHERE new.deleted_at IS NULL;
END;
