//! Kept versions of a document. A revision is kept on an explicit save, on close, at most every
//! 5 minutes of editing, and on a restore; never twice in a row for the same text. A revision
//! can be named ("sent to VP"), compared word by word with any other, and restored, which
//! keeps the text it replaces first so that nothing is lost.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use specta::Type;

use super::diff::{word_diff, DiffPart};
use super::store::{checked, write_text};
use super::types::{Document, DocumentDraft};
use crate::error::{Error, Result};
use crate::journal::columns::parse_time;
use crate::journal::MAX_KEPT_DRAFT_BYTES;
use crate::store::Store;

/// While editing, a revision is kept when the last one is at least this old.
const EDITING_INTERVAL_MINUTES: i64 = 5;
const MAX_NAME_CHARS: usize = 80;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// Ctrl+S.
    Save,
    /// The document was closed (another one opened, the app quit).
    Close,
    /// Five minutes of editing since the last one.
    Editing,
    /// An older revision was restored.
    Restore,
    /// The text a restore replaced.
    BeforeRestore,
    /// Text that could not be saved (a control character, too long), kept so that leaving the
    /// document loses nothing; restoring it shows what to fix.
    Unsaved,
}

impl Reason {
    fn id(self) -> &'static str {
        match self {
            Reason::Save => "save",
            Reason::Close => "close",
            Reason::Editing => "editing",
            Reason::Restore => "restore",
            Reason::BeforeRestore => "before-restore",
            Reason::Unsaved => "unsaved",
        }
    }

    fn parse(s: &str) -> Self {
        match s {
            "save" => Reason::Save,
            "close" => Reason::Close,
            "restore" => Reason::Restore,
            "before-restore" => Reason::BeforeRestore,
            "unsaved" => Reason::Unsaved,
            _ => Reason::Editing,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Revision {
    pub id: i64,
    pub document_id: i64,
    pub title: String,
    pub reason: Reason,
    pub name: Option<String>,
    pub created_at: DateTime<Utc>,
    /// Words in this revision (for the list).
    pub words: u32,
}

/// The newest revision's id and text.
fn latest(tx: &Transaction, id: i64) -> rusqlite::Result<Option<(i64, String, String, String)>> {
    tx.query_row(
        "SELECT id, title, body, created_at FROM document_revisions WHERE document_id = ?1 ORDER BY id DESC LIMIT 1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )
    .optional()
}

/// Keeps a revision of `title` and `body` unless the newest one holds the same text. Returns
/// the id of the revision that holds it.
pub(crate) fn keep(
    tx: &Transaction,
    id: i64,
    title: &str,
    body: &str,
    reason: Reason,
    now: &str,
) -> Result<i64> {
    if let Some((rev, t, b, _)) = latest(tx, id)? {
        if t == title && b == body {
            return Ok(rev);
        }
    }
    tx.execute(
        "INSERT INTO document_revisions (document_id, title, body, reason, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id, title, body, reason.id(), now],
    )?;
    Ok(tx.last_insert_rowid())
}

/// An autosave's revision: kept when there is none yet or the newest is 5 minutes old.
pub(crate) fn keep_while_editing(
    tx: &Transaction,
    id: i64,
    title: &str,
    body: &str,
    now: &str,
) -> Result<()> {
    let due = match latest(tx, id)? {
        None => true,
        Some((_, _, _, at)) => {
            let at = parse_time(&at)?;
            let now = parse_time(now)?;
            now - at >= Duration::minutes(EDITING_INTERVAL_MINUTES)
        }
    };
    if due {
        keep(tx, id, title, body, Reason::Editing, now)?;
    }
    Ok(())
}

fn words(body: &str) -> u32 {
    body.split_whitespace().count() as u32
}

fn revision_not_found(id: i64) -> Error {
    Error::not_found(format!(
        "Revision {id} does not exist (its document may have been deleted for good)."
    ))
}

impl Store {
    /// Every revision of a document, newest first.
    pub fn document_revisions(&self, document_id: i64) -> Result<Vec<Revision>> {
        self.document(document_id)?;
        let mut stmt = self.conn().prepare(
            "SELECT id, document_id, title, reason, name, created_at, body FROM document_revisions
             WHERE document_id = ?1 ORDER BY id DESC",
        )?;
        let rows = stmt
            .query_map([document_id], |r| {
                Ok(Revision {
                    id: r.get(0)?,
                    document_id: r.get(1)?,
                    title: r.get(2)?,
                    reason: Reason::parse(&r.get::<_, String>(3)?),
                    name: r.get(4)?,
                    created_at: parse_time(&r.get::<_, String>(5)?)?,
                    words: words(&r.get::<_, String>(6)?),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    fn revision_text(&self, id: i64) -> Result<(i64, String, String)> {
        self.conn()
            .query_row(
                "SELECT document_id, title, body FROM document_revisions WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .ok_or_else(|| revision_not_found(id))
    }

    /// Names the document's current text as a version ("sent to VP"), keeping a revision of it
    /// if the newest does not already hold it. An empty name removes the name.
    pub fn name_document_version(&mut self, document_id: i64, name: &str) -> Result<Revision> {
        let name = name.trim();
        let n = name.chars().count();
        if n > MAX_NAME_CHARS {
            return Err(Error::invalid_field(
                "name",
                format!("The name is {n} characters; keep it to {MAX_NAME_CHARS}, such as \"sent to VP\"."),
            ));
        }
        let d = self.document(document_id)?;
        let now = self.now_text();
        let tx = self.conn_mut().transaction()?;
        let rev = keep(&tx, document_id, &d.title, &d.body, Reason::Save, &now)?;
        tx.execute(
            "UPDATE document_revisions SET name = ?2 WHERE id = ?1",
            params![rev, (!name.is_empty()).then_some(name)],
        )?;
        tx.commit()?;
        self.document_revisions(document_id)?
            .into_iter()
            .find(|r| r.id == rev)
            .ok_or_else(|| revision_not_found(rev))
    }

    /// The word-level changes from revision `from` to revision `to`, or to the document's
    /// current text when `to` is `None`.
    pub fn diff_document_revisions(&self, from: i64, to: Option<i64>) -> Result<Vec<DiffPart>> {
        let (doc, _, old) = self.revision_text(from)?;
        let new = match to {
            Some(to) => {
                let (other, _, text) = self.revision_text(to)?;
                if other != doc {
                    return Err(Error::invalid(format!(
                        "Revisions {from} and {to} belong to different documents; compare revisions of one document."
                    )));
                }
                text
            }
            None => self.document(doc)?.body,
        };
        Ok(word_diff(&old, &new))
    }

    /// A revision's text as the editor takes it (with the document's kind), so that text kept
    /// because it could not be saved can be opened, fixed and saved.
    pub fn document_revision_draft(&self, id: i64) -> Result<DocumentDraft> {
        let (doc, title, body) = self.revision_text(id)?;
        Ok(DocumentDraft {
            kind: self.document(doc)?.kind,
            title,
            body,
        })
    }

    /// Keeps text the document could not be saved with as a revision, so the writer can leave
    /// it: nothing is lost, and restoring it later says what to fix. Only its size is checked.
    pub fn keep_unsaved_document(&mut self, id: i64, draft: &DocumentDraft) -> Result<Revision> {
        let size = draft.title.len() + draft.body.len();
        if size > MAX_KEPT_DRAFT_BYTES {
            return Err(Error::invalid(format!(
                "This text is {} MiB, more than the {} MiB that can be kept; copy it somewhere safe before leaving.",
                size / (1024 * 1024),
                MAX_KEPT_DRAFT_BYTES / (1024 * 1024)
            )));
        }
        self.document(id)?;
        let now = self.now_text();
        let tx = self.conn_mut().transaction()?;
        let rev = keep(&tx, id, &draft.title, &draft.body, Reason::Unsaved, &now)?;
        tx.commit()?;
        self.document_revisions(id)?
            .into_iter()
            .find(|r| r.id == rev)
            .ok_or_else(|| revision_not_found(rev))
    }

    /// Puts revision `id`'s text back as the document's, as a new revision; the text it
    /// replaces is kept as a revision first, so nothing is lost. Restoring the text the
    /// document already has changes nothing.
    pub fn restore_document_revision(&mut self, id: i64) -> Result<Document> {
        let (doc, title, body) = self.revision_text(id)?;
        let current = self.document(doc)?;
        if current.deleted_at.is_some() {
            return Err(Error::invalid(format!(
                "\"{}\" is in the trash; restore the document before one of its revisions.",
                current.title
            )));
        }
        // A revision kept because it could not be saved must be fixed first.
        checked(&DocumentDraft {
            kind: current.kind,
            title: title.clone(),
            body: body.clone(),
        })?;
        if current.title == title && current.body == body {
            return Ok(current);
        }
        let now = self.now_text();
        let tx = self.conn_mut().transaction()?;
        keep(
            &tx,
            doc,
            &current.title,
            &current.body,
            Reason::BeforeRestore,
            &now,
        )?;
        let draft = DocumentDraft {
            kind: current.kind,
            title,
            body,
        };
        write_text(&tx, doc, &draft, &current.dismissals, &now)?;
        keep(&tx, doc, &draft.title, &draft.body, Reason::Restore, &now)?;
        tx.commit()?;
        self.document(doc)
    }
}
