-- Check-ins: how a week (or a day) felt. One per period; saving again replaces it.
CREATE TABLE checkins (
    id            INTEGER PRIMARY KEY,
    period        TEXT    NOT NULL CHECK (period IN ('week', 'day')),
    period_start  TEXT    NOT NULL,               -- YYYY-MM-DD: the Monday of the week, or the day
    meeting_hours REAL,                           -- as the user gave it (pre-filled from the calendar)
    stress        INTEGER NOT NULL CHECK (stress BETWEEN 1 AND 10),
    energy        INTEGER NOT NULL CHECK (energy BETWEEN 1 AND 10),
    imposter      INTEGER NOT NULL CHECK (imposter BETWEEN 1 AND 5),
    note          TEXT    NOT NULL DEFAULT '',
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    UNIQUE (period, period_start)
);
