//! What a search asks for and what it returns.

use serde::{Deserialize, Serialize};
use specta::Type;

use super::snippet::SnippetSpan;
use crate::journal::{EntryKind, EntrySummary};

pub const DEFAULT_PAGE: u32 = 50;
pub const MAX_PAGE: u32 = 500;

/// A search or a filtered listing. Every field is optional; the empty query lists every entry
/// outside the trash, newest first.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize, Type)]
#[serde(default)]
pub struct EntryQuery {
    /// Words to find in title, body and tags, each also in its other forms; `"quoted words"`
    /// match as an exact phrase, `a OR b` either, `-word` excludes. The last word also matches
    /// as a prefix, so results follow the user's typing (see `search::fts_query`).
    pub text: String,
    /// Entries must carry every one of these tags.
    pub tags: Vec<String>,
    #[specta(optional)]
    pub kind: Option<crate::journal::EntryKind>,
    /// First day, inclusive (`YYYY-MM-DD`).
    #[specta(optional)]
    pub from: Option<String>,
    /// Last day, inclusive (`YYYY-MM-DD`).
    #[specta(optional)]
    pub to: Option<String>,
    pub starred_only: bool,
    pub offset: u32,
    /// Page size; 0 means the default (50). At most 500.
    pub limit: u32,
}

impl EntryQuery {
    pub fn text(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            ..Default::default()
        }
    }

    pub fn with_kind(mut self, kind: EntryKind) -> Self {
        self.kind = Some(kind);
        self
    }
}

/// One result: the entry's summary and, for a text search, the best-matching passage.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct EntryHit {
    pub entry: EntrySummary,
    /// Empty when the query has no text.
    pub snippet: Vec<SnippetSpan>,
}

/// A page of results; `next_offset` is set when there are more.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct EntryPage {
    pub items: Vec<EntryHit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[specta(optional)]
    pub next_offset: Option<u32>,
}
