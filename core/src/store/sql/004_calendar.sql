-- Imported calendars. Only what the metrics need is kept: no descriptions, no raw file.

CREATE TABLE calendar_sources (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,          -- the file name: re-importing it replaces its events
    sha256      TEXT    NOT NULL,                 -- of the last imported file
    imported_at TEXT    NOT NULL,
    window_from TEXT    NOT NULL,                 -- YYYY-MM-DD: recurrences are expanded inside
    window_to   TEXT    NOT NULL,                 --   [window_from, window_to)
    issues      TEXT    NOT NULL DEFAULT '[]'     -- JSON: events skipped, with line, UID and why
);

-- One row per occurrence inside the window. Keyed by UID and the original slot of the
-- occurrence (RECURRENCE-ID as UTC seconds, or 0 for a single event), so a re-import
-- updates moved occurrences in place and removes vanished ones.
CREATE TABLE calendar_events (
    source_id     INTEGER NOT NULL REFERENCES calendar_sources (id) ON DELETE CASCADE,
    uid           TEXT    NOT NULL,
    recurrence_id INTEGER NOT NULL,
    start_utc     INTEGER NOT NULL,               -- Unix seconds
    end_utc       INTEGER NOT NULL,
    summary       TEXT    NOT NULL DEFAULT '',
    series        INTEGER NOT NULL CHECK (series IN (0, 1)),  -- part of a recurring series
    all_day       INTEGER NOT NULL CHECK (all_day IN (0, 1)),
    cancelled     INTEGER NOT NULL CHECK (cancelled IN (0, 1)),
    free          INTEGER NOT NULL CHECK (free IN (0, 1)),    -- TRANSP:TRANSPARENT or busy-status FREE
    organizer     TEXT    NOT NULL DEFAULT '',    -- lower-cased address
    -- Space-joined "address=PARTSTAT" pairs, lower-cased addresses. Whether the owner declined
    -- and who the other attendees are is decided when metrics are computed, from the owner's
    -- addresses in the settings, so changing them needs no re-import.
    attendees     TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (source_id, uid, recurrence_id)
) WITHOUT ROWID;

CREATE INDEX calendar_events_by_start ON calendar_events (start_utc);
