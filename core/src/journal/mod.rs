//! The journal: entries, their tags, the trash.

pub(crate) mod columns;
mod entries;
mod excerpt;
mod quick_entry;
mod tags;
mod trash;
mod types;
pub mod validate;

pub(crate) use entries::insert_in_tx;
pub use excerpt::plain_excerpt;
pub use quick_entry::QuickEntry;
pub use types::{Entry, EntryDraft, EntryKind, EntrySummary, JournalCounts, TagCount};
