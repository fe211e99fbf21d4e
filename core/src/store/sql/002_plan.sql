-- Year plans (the Strategist Track), their quarters and milestones, and journal evidence.

CREATE TABLE plans (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    title       TEXT    NOT NULL,
    year        INTEGER NOT NULL UNIQUE,          -- the year it starts in: one plan per year
    start_date  TEXT    NOT NULL,                 -- YYYY-MM-01; runs twelve months
    archived_at TEXT,                             -- archived plans stay readable
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

CREATE TABLE plan_quarters (
    plan_id                INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    quarter                INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    focus                  TEXT    NOT NULL,
    goals                  TEXT    NOT NULL DEFAULT '',
    retrospective_entry_id INTEGER REFERENCES entries (id) ON DELETE SET NULL,
    PRIMARY KEY (plan_id, quarter)
) WITHOUT ROWID;

CREATE TABLE milestones (
    id          INTEGER PRIMARY KEY,
    plan_id     INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    quarter     INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    position    INTEGER NOT NULL,                 -- order inside the quarter
    title       TEXT    NOT NULL,
    target_date TEXT,                             -- YYYY-MM-DD inside the plan
    status      TEXT    NOT NULL DEFAULT 'not_started',
    status_note TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    deleted_at  TEXT                              -- removed milestones can be restored
);

CREATE INDEX milestones_by_plan ON milestones (plan_id, quarter, position) WHERE deleted_at IS NULL;

-- Entries that show a milestone was worked on. An entry in the trash keeps its links (restoring
-- it brings them back) but is not shown; emptying the trash removes them.
CREATE TABLE milestone_evidence (
    milestone_id INTEGER NOT NULL REFERENCES milestones (id) ON DELETE CASCADE,
    entry_id     INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    linked_at    TEXT    NOT NULL,
    PRIMARY KEY (milestone_id, entry_id)
) WITHOUT ROWID;

CREATE INDEX milestone_evidence_by_entry ON milestone_evidence (entry_id, milestone_id);
