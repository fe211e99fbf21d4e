-- Drafts that could not be saved as entries (a title over the limit, 2 MB pasted, ...), kept
-- as typed so leaving or trashing never loses them. One per entry being edited; a new entry's
-- draft has no entry. Emptying the trash keeps the draft (it becomes a new entry's).
CREATE TABLE kept_drafts (
    id        INTEGER PRIMARY KEY,
    entry_id  INTEGER REFERENCES entries (id) ON DELETE SET NULL,
    draft     TEXT    NOT NULL,                 -- the EntryDraft as JSON, exactly as typed
    title     TEXT    NOT NULL,                 -- its title, cut short, for the list
    reason    TEXT    NOT NULL,                 -- why it could not be saved
    kept_at   TEXT    NOT NULL
);
CREATE UNIQUE INDEX kept_drafts_by_entry ON kept_drafts (entry_id) WHERE entry_id IS NOT NULL;
