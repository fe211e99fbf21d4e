-- Search as you type (issue 9): the last word typed is searched as a prefix, and without a
-- prefix index FTS5 expands `s*` into every word starting with "s" and merges their lists
-- (seconds at 50,000 entries). An index of the first one, two and three letters of every
-- word makes a short prefix one lookup. The content, columns and tokenizer are unchanged;
-- the vocabulary view is recreated over the new table.
DROP TABLE entries_vocab;
DROP TABLE entries_fts;

CREATE VIRTUAL TABLE entries_fts USING fts5 (
    title, body, tags_text,
    content = 'entries_live', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE VIRTUAL TABLE entries_vocab USING fts5vocab (entries_fts, 'row');

INSERT INTO entries_fts (entries_fts) VALUES ('rebuild');
