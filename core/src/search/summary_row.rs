//! The columns every listing reads and how a row becomes an [`EntrySummary`].

use rusqlite::Row;

use crate::journal::columns as sql;
use crate::journal::{plain_excerpt, EntrySummary};

/// Columns every listing reads; the body is cut to what an excerpt needs.
pub(super) const SUMMARY_COLUMNS: &str =
    "e.id, e.title, e.kind, e.entry_date, e.tags_text, e.starred, substr(e.body, 1, 600), e.updated_at, e.deleted_at";

/// The best-matching passage, about 14 tokens, hits wrapped in the span markers.
pub const SNIPPET: &str = "snippet(entries_fts, -1, char(2), char(3), '…', 14)";

pub(super) fn summary_from_row(r: &Row<'_>) -> rusqlite::Result<EntrySummary> {
    Ok(EntrySummary {
        id: r.get(0)?,
        title: r.get(1)?,
        kind: sql::parse_kind(&r.get::<_, String>(2)?),
        entry_date: sql::parse_date(&r.get::<_, String>(3)?)?,
        tags: sql::split_tags(&r.get::<_, String>(4)?),
        starred: r.get(5)?,
        excerpt: plain_excerpt(&r.get::<_, String>(6)?),
        updated_at: sql::parse_time(&r.get::<_, String>(7)?)?,
        deleted_at: r
            .get::<_, Option<String>>(8)?
            .as_deref()
            .map(sql::parse_time)
            .transpose()?,
    })
}
