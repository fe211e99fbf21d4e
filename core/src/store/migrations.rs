//! Versioned schema migrations. Each runs in a transaction and bumps `PRAGMA user_version`;
//! a migration is never edited once released — add a new file instead.

use rusqlite_migration::{Migrations, M};

/// The schema version `all()` brings a file to (its number of migrations).
pub(crate) const LATEST: i64 = 15;

pub(crate) fn all() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(include_str!("sql/001_journal.sql")),
        M::up(include_str!("sql/002_plan.sql")),
        M::up(include_str!("sql/003_competencies.sql")),
        M::up(include_str!("sql/004_calendar.sql")),
        M::up(include_str!("sql/005_checkins.sql")),
        M::up(include_str!("sql/006_kept_drafts.sql")),
        M::up(include_str!("sql/007_search_prefix_index.sql")),
        M::up(include_str!("sql/008_calendar_coverage.sql")),
        M::up(include_str!("sql/009_documents.sql")),
        M::up(include_str!("sql/010_document_evidence.sql")),
        M::up(include_str!("sql/011_document_tags.sql")),
        M::up(include_str!("sql/012_glossary.sql")),
        M::up(include_str!("sql/013_document_templates.sql")),
        M::up(include_str!("sql/014_milestone_done_on.sql")),
        M::up(include_str!("sql/015_kept_reviews.sql")),
    ])
}

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        assert!(super::all().validate().is_ok());
    }

    #[test]
    fn latest_is_the_version_they_reach() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        super::all().to_latest(&mut conn).unwrap();
        let v: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, super::LATEST);
    }

    /// Milestones done before `done_on` existed take the day of their last change.
    #[test]
    fn done_milestones_get_the_day_of_their_last_change() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        super::all().to_version(&mut conn, 13).unwrap();
        conn.execute_batch(
            "INSERT INTO plans (id, uuid, title, year, start_date, created_at, updated_at)
             VALUES (1, 'u', 'Plan', 2026, '2026-03-01', '2026-03-01T09:00:00.000Z', '2026-03-01T09:00:00.000Z');
             INSERT INTO milestones (plan_id, quarter, position, title, status, created_at, updated_at) VALUES
             (1, 1, 0, 'Done', 'done', '2026-03-01T09:00:00.000Z', '2026-04-14T22:30:00.000Z'),
             (1, 1, 1, 'Open', 'in_progress', '2026-03-01T09:00:00.000Z', '2026-04-15T08:00:00.000Z');",
        )
        .unwrap();
        super::all().to_latest(&mut conn).unwrap();
        let days: Vec<Option<String>> = conn
            .prepare("SELECT done_on FROM milestones ORDER BY position")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(days, [Some("2026-04-14".to_string()), None]);
    }
}
