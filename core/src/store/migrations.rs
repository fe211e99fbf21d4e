//! Versioned schema migrations. Each runs in a transaction and bumps `PRAGMA user_version`;
//! a migration is never edited once released — add a new file instead.

use rusqlite_migration::{Migrations, M};

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
    ])
}

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        assert!(super::all().validate().is_ok());
    }
}
