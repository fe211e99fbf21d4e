//! The journal: entries, their tags, the trash, drafts kept when they could not be saved.

pub(crate) mod columns;
mod entries;
mod excerpt;
mod kept_drafts;
mod quick_entry;
pub(crate) mod tags;
mod trash;
mod types;
pub mod validate;

pub(crate) use entries::insert_in_tx;
pub use excerpt::plain_excerpt;
pub use kept_drafts::{KeptDraft, KeptDraftSummary, MAX_KEPT_DRAFT_BYTES};
pub(crate) use quick_entry::split_title;
pub use quick_entry::QuickEntry;
pub use types::{Entry, EntryDraft, EntryKind, EntrySummary, JournalCounts, TagCount};
