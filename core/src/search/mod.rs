//! Finding entries: full-text search (FTS5, ranked, with highlighted snippets) and filters.
//! With no search text the same filters list entries newest first.

mod fts_query;
mod run;
mod snippet;
mod types;

pub use fts_query::to_fts_query;
pub use snippet::SnippetSpan;
pub use types::{EntryHit, EntryPage, EntryQuery, DEFAULT_PAGE, MAX_PAGE};
