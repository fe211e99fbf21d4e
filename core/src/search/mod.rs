//! Finding entries: full-text search (FTS5, ranked, with highlighted snippets) and filters.
//! With no search text the same filters list entries newest first.

mod by_date;
pub(crate) mod fts_query;
mod jump;
mod rank_choice;
mod ranked;
mod run;
mod snippet;
mod snippet_markup;
mod stemming;
mod summary_row;
mod types;

pub use fts_query::{parse as parse_search_text, FtsQuery};
// The SQL of a ranked search's order and snippets (the journal benchmark's floor runs them).
pub use ranked::RANK;
pub use snippet::SnippetSpan;
pub use summary_row::SNIPPET;
pub use types::{EntryHit, EntryPage, EntryQuery, DEFAULT_PAGE, MAX_PAGE};
