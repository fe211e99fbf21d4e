//! Documents: executive briefs, feature writeups, SCQA one-pagers and PR/FAQs, written from a
//! template, checked by `writing`, with revisions and word-level diffs. Stored apart from
//! journal entries, with the same search syntax and a trash of their own.

mod diff;
mod glossary;
mod revisions;
mod store;
mod tags;
mod template_store;
mod templates;
mod types;

pub use diff::{Change, DiffPart};
pub use glossary::{GlossaryDraft, GlossaryEntry, GlossaryRef};
pub use revisions::{Reason, Revision};
pub(crate) use store::insert_document;
pub use store::{check_document, DocumentQuery, MAX_BODY_BYTES};
pub use template_store::TemplateDraft;
pub use templates::{template, templates, Template, TemplateRef};
pub use types::{Document, DocumentDraft, DocumentKind, DocumentSummary};
