//! The journal's data as it crosses into the app and the command line.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

/// What an entry is. Stored as its snake_case name; new kinds need no migration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    Reflection,
    WeeklyReview,
    MeetingNote,
    Decision,
    QuarterRetrospective,
    Other,
}

impl EntryKind {
    pub const ALL: [EntryKind; 6] = [
        EntryKind::Reflection,
        EntryKind::WeeklyReview,
        EntryKind::MeetingNote,
        EntryKind::Decision,
        EntryKind::QuarterRetrospective,
        EntryKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Reflection => "reflection",
            EntryKind::WeeklyReview => "weekly_review",
            EntryKind::MeetingNote => "meeting_note",
            EntryKind::Decision => "decision",
            EntryKind::QuarterRetrospective => "quarter_retrospective",
            EntryKind::Other => "other",
        }
    }

    /// Parses a stored or typed kind name; `-` and `_` are interchangeable.
    pub fn parse(s: &str) -> Option<EntryKind> {
        let norm = s.trim().to_lowercase().replace('-', "_");
        EntryKind::ALL.into_iter().find(|k| k.as_str() == norm)
    }
}

/// A whole entry, as the editor shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Entry {
    pub id: i64,
    pub uuid: String,
    pub title: String,
    pub body: String,
    pub kind: EntryKind,
    pub entry_date: NaiveDate,
    pub tags: Vec<String>,
    pub starred: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Set when the entry is in the trash.
    pub deleted_at: Option<DateTime<Utc>>,
}

/// One row of a list: enough to show and pick an entry, without its whole body.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct EntrySummary {
    pub id: i64,
    pub title: String,
    pub kind: EntryKind,
    pub entry_date: NaiveDate,
    pub tags: Vec<String>,
    pub starred: bool,
    /// The start of the body as plain text.
    pub excerpt: String,
    pub updated_at: DateTime<Utc>,
    pub deleted_at: Option<DateTime<Utc>>,
}

/// What the editor (or `waypoint add`) sends to create or save an entry. The date is text so
/// that a bad one gets a specific message rather than a generic decoding error.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Type, Default)]
#[serde(default)]
pub struct EntryDraft {
    pub title: String,
    pub body: String,
    #[specta(optional)]
    pub kind: Option<EntryKind>,
    /// `YYYY-MM-DD`; missing means today (an empty string is an error).
    #[specta(optional)]
    pub entry_date: Option<String>,
    pub tags: Vec<String>,
}

/// How many entries are in the journal and in the trash (sidebar badges, empty states).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
pub struct JournalCounts {
    pub entries: i64,
    pub trash: i64,
}

/// A tag and how many entries outside the trash carry it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct TagCount {
    pub name: String,
    pub count: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_names_round_trip() {
        for k in EntryKind::ALL {
            assert_eq!(EntryKind::parse(k.as_str()), Some(k));
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(json, format!("\"{}\"", k.as_str()));
        }
        assert_eq!(
            EntryKind::parse("Weekly-Review"),
            Some(EntryKind::WeeklyReview)
        );
        assert_eq!(EntryKind::parse("diary"), None);
    }
}
