-- A progress review kept as a document (kind 'review'): the period it tells and what its
-- editable parts (summary, talking points) said when last generated, so bringing it up to date
-- refreshes a part the writer left alone and keeps one they changed. Goes with its document.
CREATE TABLE kept_reviews (
    document_id      INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    period_from      TEXT    NOT NULL,             -- YYYY-MM-DD
    period_to        TEXT    NOT NULL,
    include_journal  INTEGER NOT NULL CHECK (include_journal IN (0, 1)),
    include_checkins INTEGER NOT NULL CHECK (include_checkins IN (0, 1)),
    generated        TEXT    NOT NULL              -- JSON {"summary": "...", "talking_points": "..."}
);

CREATE INDEX kept_reviews_by_period ON kept_reviews (period_from, period_to);
