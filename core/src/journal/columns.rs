//! How entry fields are stored as SQLite text, and read back.

use chrono::{DateTime, NaiveDate, Utc};

use super::types::EntryKind;

pub(crate) fn parse_time(s: &str) -> rusqlite::Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
        })
}

pub(crate) fn parse_date(s: &str) -> rusqlite::Result<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

pub(crate) fn parse_kind(s: &str) -> EntryKind {
    // A kind written by a newer version is shown as "other" rather than failing the read.
    EntryKind::parse(s).unwrap_or(EntryKind::Other)
}

pub(crate) fn split_tags(tags_text: &str) -> Vec<String> {
    tags_text.split_whitespace().map(str::to_string).collect()
}
