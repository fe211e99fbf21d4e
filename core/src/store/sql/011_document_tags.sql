-- Tags on documents, as on entries: the same tag names, so a document tagged with a
-- competency's tag counts as evidence for it. `tags_text` is the copy read back (and written
-- into the Markdown export's front matter); document_tags is what counts and filters use.
ALTER TABLE documents ADD COLUMN tags_text TEXT NOT NULL DEFAULT '';

CREATE TABLE document_tags (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (document_id, tag_id)
) WITHOUT ROWID;

CREATE INDEX document_tags_by_tag ON document_tags (tag_id, document_id);
