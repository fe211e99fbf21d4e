//! What a document is, as the app and the command line see it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::writing::{Dismissals, DocKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentKind {
    /// An executive brief: the bottom line first, then the evidence.
    Brief,
    /// A feature writeup with business metrics.
    Writeup,
    /// Situation, complication, question, answer.
    Scqa,
    /// Amazon's press release and frequently asked questions.
    PrFaq,
    Note,
    /// A progress review kept from the Review screen: its summary and talking points are the
    /// writer's; the rest is brought up to date from the data (`review::kept`).
    Review,
}

impl DocumentKind {
    /// The kinds a template starts: every kind but a review, which the Review screen makes.
    pub const WRITTEN: [DocumentKind; 5] = [
        DocumentKind::Brief,
        DocumentKind::Writeup,
        DocumentKind::Scqa,
        DocumentKind::PrFaq,
        DocumentKind::Note,
    ];

    pub fn id(self) -> &'static str {
        match self {
            DocumentKind::Brief => "brief",
            DocumentKind::Writeup => "writeup",
            DocumentKind::Scqa => "scqa",
            DocumentKind::PrFaq => "pr-faq",
            DocumentKind::Note => "note",
            DocumentKind::Review => "review",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            DocumentKind::Brief => "Executive brief",
            DocumentKind::Writeup => "Feature writeup",
            DocumentKind::Scqa => "SCQA one-pager",
            DocumentKind::PrFaq => "PR/FAQ",
            DocumentKind::Note => "Note",
            DocumentKind::Review => "Progress review",
        }
    }

    pub fn parse(s: &str) -> crate::Result<Self> {
        Self::WRITTEN
            .into_iter()
            .chain([DocumentKind::Review])
            .find(|k| k.id() == s)
            .ok_or_else(|| {
                crate::Error::invalid(format!(
                    "\"{s}\" is not a kind of document; use brief, writeup, scqa, pr-faq or note."
                ))
            })
    }

    /// The structure checklist it is held to.
    pub fn checked_as(self) -> DocKind {
        match self {
            DocumentKind::Brief => DocKind::Brief,
            DocumentKind::Writeup => DocKind::Writeup,
            DocumentKind::Scqa
            | DocumentKind::PrFaq
            | DocumentKind::Note
            | DocumentKind::Review => DocKind::Note,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Document {
    pub id: i64,
    pub uuid: String,
    pub kind: DocumentKind,
    pub title: String,
    pub body: String,
    /// The same tags as entries carry: a competency's tag makes the document evidence for it.
    pub tags: Vec<String>,
    pub starred: bool,
    pub dismissals: Dismissals,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub deleted_at: Option<DateTime<Utc>>,
}

/// A row of the documents list: what the writing checks said at the last save.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct DocumentSummary {
    pub id: i64,
    pub kind: DocumentKind,
    /// The kind as people read it ("Executive brief").
    pub kind_label: String,
    pub title: String,
    pub tags: Vec<String>,
    pub starred: bool,
    pub updated_at: DateTime<Utc>,
    pub words: u32,
    /// Structure checks passed, of how many (a note has none).
    pub checks_passed: u32,
    pub checks_total: u32,
    pub warnings: u32,
    pub deleted_at: Option<DateTime<Utc>>,
}

/// What the editor saves.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct DocumentDraft {
    pub kind: DocumentKind,
    pub title: String,
    pub body: String,
}
