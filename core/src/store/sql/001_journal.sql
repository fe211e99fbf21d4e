-- Journal entries. Dates are ISO-8601 text so the file stays readable with any SQLite tool.
CREATE TABLE entries (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,          -- stable identity for export/import
    title       TEXT    NOT NULL DEFAULT '',
    body        TEXT    NOT NULL DEFAULT '',
    kind        TEXT    NOT NULL,                 -- validated in Rust; new kinds need no migration
    entry_date  TEXT    NOT NULL,                 -- YYYY-MM-DD, the day the entry is about
    starred     INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1)),
    tags_text   TEXT    NOT NULL DEFAULT '',      -- space-joined tag names, indexed by FTS
    created_at  TEXT    NOT NULL,                 -- RFC 3339, UTC
    updated_at  TEXT    NOT NULL,
    deleted_at  TEXT                              -- set when moved to the trash
);

CREATE INDEX entries_by_date ON entries (entry_date DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX entries_trash ON entries (deleted_at DESC) WHERE deleted_at IS NOT NULL;
CREATE INDEX entries_starred ON entries (entry_date DESC, id DESC) WHERE starred = 1 AND deleted_at IS NULL;

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE entry_tags (
    entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, tag_id)
) WITHOUT ROWID;

CREATE INDEX entry_tags_by_tag ON entry_tags (tag_id, entry_id);

-- Full-text index over title, body and tags of entries outside the trash (so a search never
-- ranks trashed rows only to drop them). Its content is the view of live entries, so FTS5's
-- 'rebuild' and 'integrity-check' agree with what the triggers below maintain.
CREATE VIEW entries_live AS
    SELECT id, title, body, tags_text FROM entries WHERE deleted_at IS NULL;

CREATE VIRTUAL TABLE entries_fts USING fts5 (
    title, body, tags_text,
    content = 'entries_live', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Per-word document counts, read to decide whether a search needs scoring (search/term_weight.rs).
CREATE VIRTUAL TABLE entries_vocab USING fts5vocab (entries_fts, 'row');

CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries WHEN new.deleted_at IS NULL BEGIN
    INSERT INTO entries_fts (rowid, title, body, tags_text)
    VALUES (new.id, new.title, new.body, new.tags_text);
END;

CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries WHEN old.deleted_at IS NULL BEGIN
    INSERT INTO entries_fts (entries_fts, rowid, title, body, tags_text)
    VALUES ('delete', old.id, old.title, old.body, old.tags_text);
END;

-- One trigger, so the old row always leaves the index before the new one enters it.
CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body, tags_text, deleted_at ON entries BEGIN
    INSERT INTO entries_fts (entries_fts, rowid, title, body, tags_text)
    SELECT 'delete', old.id, old.title, old.body, old.tags_text WHERE old.deleted_at IS NULL;
    INSERT INTO entries_fts (rowid, title, body, tags_text)
    SELECT new.id, new.title, new.body, new.tags_text WHERE new.deleted_at IS NULL;
END;

-- Small key/value settings (theme, later working hours); values are JSON.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
