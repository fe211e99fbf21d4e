//! Documents on disk: create from a template, open, save (with what the writing checks say, for
//! the list), list and search, star, trash and restore. Every write is one transaction.

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::revisions::Reason;
use super::templates::TemplateRef;
use super::types::{Document, DocumentDraft, DocumentKind, DocumentSummary};
use crate::error::{Error, Problems, Result};
use crate::journal::columns::{parse_time, split_tags};
use crate::journal::validate;
use crate::search::fts_query::{self, FtsQuery};
use crate::store::Store;
use crate::writing::{self, CheckOptions, CheckReport, Dismissals, GlossaryTerm, Severity};

/// A document is at most 1 MiB of Markdown (about 150,000 words), as an entry.
pub const MAX_BODY_BYTES: usize = validate::MAX_BODY_BYTES;

const COLUMNS: &str = "id, uuid, kind, title, body, starred, dismissals, created_at, updated_at, deleted_at, tags_text";
const SUMMARY_COLUMNS: &str = "id, kind, title, starred, updated_at, words, checks_passed, checks_total, warnings, deleted_at, tags_text";

pub(crate) fn kind_of(text: &str) -> DocumentKind {
    // Kinds are written by this code only; an unknown one (a newer version's) reads as a note.
    DocumentKind::parse(text).unwrap_or(DocumentKind::Note)
}

fn optional_time(r: &Row<'_>, i: usize) -> rusqlite::Result<Option<chrono::DateTime<chrono::Utc>>> {
    r.get::<_, Option<String>>(i)?
        .as_deref()
        .map(parse_time)
        .transpose()
}

fn document_from_row(r: &Row<'_>) -> rusqlite::Result<Document> {
    Ok(Document {
        id: r.get(0)?,
        uuid: r.get(1)?,
        kind: kind_of(&r.get::<_, String>(2)?),
        title: r.get(3)?,
        body: r.get(4)?,
        starred: r.get(5)?,
        dismissals: serde_json::from_str(&r.get::<_, String>(6)?).unwrap_or_default(),
        created_at: parse_time(&r.get::<_, String>(7)?)?,
        updated_at: parse_time(&r.get::<_, String>(8)?)?,
        deleted_at: optional_time(r, 9)?,
        tags: split_tags(&r.get::<_, String>(10)?),
    })
}

fn summary_from_row(r: &Row<'_>) -> rusqlite::Result<DocumentSummary> {
    let kind = kind_of(&r.get::<_, String>(1)?);
    Ok(DocumentSummary {
        id: r.get(0)?,
        kind,
        kind_label: kind.label().to_string(),
        title: r.get(2)?,
        starred: r.get(3)?,
        updated_at: parse_time(&r.get::<_, String>(4)?)?,
        words: r.get(5)?,
        checks_passed: r.get(6)?,
        checks_total: r.get(7)?,
        warnings: r.get(8)?,
        deleted_at: optional_time(r, 9)?,
        tags: split_tags(&r.get::<_, String>(10)?),
    })
}

pub(crate) fn not_found(id: i64) -> Error {
    Error::not_found(format!(
        "Document {id} does not exist (it may have been deleted for good)."
    ))
}

/// The draft's fields, checked all at once.
pub(crate) fn checked(draft: &DocumentDraft) -> Result<(String, String)> {
    let mut p = Problems::default();
    let title = p.check("title", validate::title(&draft.title));
    let body = p.check("body", body(&draft.body));
    p.finish()?;
    Ok((title.unwrap_or_default(), body.unwrap_or_default()))
}

fn body(raw: &str) -> Result<String> {
    if raw.len() > MAX_BODY_BYTES {
        return Err(Error::invalid(format!(
            "The document is {} KiB; the limit is {} KiB. Move appendices into documents of their own.",
            raw.len() / 1024,
            MAX_BODY_BYTES / 1024
        )));
    }
    validate::reject_control_chars(raw, "document")?;
    Ok(raw.to_string())
}

/// The writing checks of a document's text: its kind's checklist, the writer's glossary
/// ([`Store::writing_glossary`]) and dismissals. The editor and `waypoint docs show` ask this.
pub fn check_document(
    body: &str,
    kind: DocumentKind,
    dismissals: &Dismissals,
    glossary: &[GlossaryTerm],
) -> CheckReport {
    writing::check(
        body,
        &CheckOptions {
            kind: kind.checked_as(),
            glossary,
            dismissals,
        },
    )
}

/// What the list shows about a text: words, structure checks passed of how many, warnings.
/// Glossary findings are notes, never warnings, so the list needs no glossary.
fn list_figures(kind: DocumentKind, body: &str, dismissals: &Dismissals) -> (u32, u32, u32, u32) {
    let r = check_document(body, kind, dismissals, &[]);
    let passed = r.structure.iter().filter(|c| c.passed).count() as u32;
    let warnings = r
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count() as u32;
    (r.counts.words, passed, r.structure.len() as u32, warnings)
}

/// Writes a checked draft over document `id`, with the list's figures.
pub(crate) fn write_text(
    tx: &rusqlite::Transaction,
    id: i64,
    draft: &DocumentDraft,
    dismissals: &Dismissals,
    now: &str,
) -> Result<()> {
    let (words, passed, total, warnings) = list_figures(draft.kind, &draft.body, dismissals);
    tx.execute(
        "UPDATE documents SET kind = ?2, title = ?3, body = ?4, words = ?5, checks_passed = ?6,
             checks_total = ?7, warnings = ?8, updated_at = ?9 WHERE id = ?1",
        params![
            id,
            draft.kind.id(),
            draft.title,
            draft.body,
            words,
            passed,
            total,
            warnings,
            now
        ],
    )?;
    Ok(())
}

/// Why a document cannot become, or stop being, a progress review.
const KEPT_ONLY: &str = "A progress review is made on the Review screen (Keep as a document) or kept from there, and stays one; choose another kind for this document.";

/// Inserts a new document (checked, with the list's figures) and answers its id; part of the
/// caller's transaction when `conn` is one.
pub(crate) fn insert_document(conn: &Connection, draft: &DocumentDraft, now: &str) -> Result<i64> {
    let kind = draft.kind;
    let (title, body) = checked(draft)?;
    let (words, passed, total, warnings) = list_figures(kind, &body, &Dismissals::default());
    conn.execute(
        "INSERT INTO documents (uuid, kind, title, body, words, checks_passed, checks_total, warnings, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
        params![uuid::Uuid::new_v4().to_string(), kind.id(), title, body, words, passed, total, warnings, now],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Which documents to list.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize, specta::Type)]
pub struct DocumentQuery {
    /// Words to find, with the journal's search syntax; empty lists every document.
    pub text: String,
    pub starred_only: bool,
    /// The trash instead of the live documents.
    pub trashed: bool,
    /// Only documents carrying this tag (a competency's, to list its evidence).
    #[serde(default)]
    pub tag: Option<String>,
}

impl Store {
    /// A new document of `kind`, its body the kind's built-in template as the writer keeps it.
    pub fn create_document(&mut self, kind: DocumentKind, title: &str) -> Result<Document> {
        self.create_document_from(&TemplateRef::BuiltIn(kind), title)
    }

    /// A new document from a template: its kind and its body.
    pub fn create_document_from(
        &mut self,
        template: &TemplateRef,
        title: &str,
    ) -> Result<Document> {
        let t = self.document_template(template)?;
        if t.kind == DocumentKind::Review {
            return Err(Error::invalid_field("kind", KEPT_ONLY));
        }
        self.create_document_with(&DocumentDraft {
            kind: t.kind,
            title: title.to_string(),
            body: t.body,
        })
    }

    /// A new document with the draft's text (an imported file); a refused draft writes nothing.
    pub fn create_document_with(&mut self, draft: &DocumentDraft) -> Result<Document> {
        let now = self.now_text();
        let id = insert_document(self.conn(), draft, &now)?;
        self.document(id)
    }

    pub fn document(&self, id: i64) -> Result<Document> {
        self.conn()
            .query_row(
                &format!("SELECT {COLUMNS} FROM documents WHERE id = ?1"),
                [id],
                document_from_row,
            )
            .optional()?
            .ok_or_else(|| not_found(id))
    }

    /// Saves what the editor holds (autosave), and keeps a revision when none was kept in the
    /// last 5 minutes of editing. A document in the trash is not saved: restore it first.
    pub fn save_document(&mut self, id: i64, draft: &DocumentDraft) -> Result<Document> {
        let (title, body) = checked(draft)?;
        let current = self.document(id)?;
        if current.deleted_at.is_some() {
            return Err(Error::invalid(format!(
                "\"{}\" is in the trash, so it was not saved. Restore it to edit it.",
                current.title
            )));
        }
        if (current.kind == DocumentKind::Review) != (draft.kind == DocumentKind::Review) {
            return Err(Error::invalid_field("kind", KEPT_ONLY));
        }
        let valid = DocumentDraft {
            kind: draft.kind,
            title,
            body,
        };
        let now = self.now_text();
        let tx = self.conn_mut().transaction()?;
        write_text(&tx, id, &valid, &current.dismissals, &now)?;
        super::revisions::keep_while_editing(&tx, id, &valid.title, &valid.body, &now)?;
        tx.commit()?;
        self.document(id)
    }

    /// The documents matching `q`, most recently changed first (the trash: most recently
    /// deleted first).
    pub fn documents(&self, q: &DocumentQuery) -> Result<Vec<DocumentSummary>> {
        let (live, order) = if q.trashed {
            ("deleted_at IS NOT NULL", "deleted_at DESC, id DESC")
        } else {
            ("deleted_at IS NULL", "updated_at DESC, id DESC")
        };
        let starred = if q.starred_only {
            " AND starred = 1"
        } else {
            ""
        };
        let mut conditions = String::new();
        let mut args: Vec<String> = Vec::new();
        match fts_query::parse(&q.text, &mut |_| true) {
            None => {}
            Some(_) if q.trashed => {
                return Err(Error::invalid(
                    "The trash cannot be searched (its documents are out of the index); clear the search to see it.",
                ))
            }
            Some(FtsQuery::Matching(e)) => {
                args.push(e);
                conditions.push_str(&format!(
                    " AND id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?{})",
                    args.len()
                ));
            }
            Some(FtsQuery::Excluding(e)) => {
                args.push(e);
                conditions.push_str(&format!(
                    " AND id NOT IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?{})",
                    args.len()
                ));
            }
        }
        if let Some(tag) = &q.tag {
            args.push(validate::tag(tag)?);
            conditions.push_str(&format!(
                " AND id IN (SELECT dt.document_id FROM document_tags dt JOIN tags t ON t.id = dt.tag_id WHERE t.name = ?{})",
                args.len()
            ));
        }
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS} FROM documents WHERE {live}{starred}{conditions} ORDER BY {order}"
        );
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(&args), summary_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// How many live documents there are, and the `limit` most recently changed (the dashboard).
    pub fn recent_documents(&self, limit: u32) -> Result<(u32, Vec<DocumentSummary>)> {
        let count = self.conn().query_row(
            "SELECT COUNT(*) FROM documents WHERE deleted_at IS NULL",
            [],
            |r| r.get(0),
        )?;
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM documents WHERE deleted_at IS NULL
             ORDER BY updated_at DESC, id DESC LIMIT ?1"
        ))?;
        let recent = stmt
            .query_map([limit], summary_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok((count, recent))
    }

    pub fn star_document(&mut self, id: i64, starred: bool) -> Result<Document> {
        self.change_live(id, "starred = ?2", params![id, starred])?;
        self.document(id)
    }

    /// Keeps the writer's dismissed findings with the document.
    pub fn set_document_dismissals(
        &mut self,
        id: i64,
        dismissals: &Dismissals,
    ) -> Result<Document> {
        let d = self.document(id)?;
        let (words, passed, total, warnings) = list_figures(d.kind, &d.body, dismissals);
        let json = serde_json::to_string(dismissals).expect("dismissals serialise");
        self.change_live(
            id,
            "dismissals = ?2, words = ?3, checks_passed = ?4, checks_total = ?5, warnings = ?6",
            params![id, json, words, passed, total, warnings],
        )?;
        self.document(id)
    }

    pub fn trash_document(&mut self, id: i64) -> Result<()> {
        let now = self.now_text();
        self.change_live(id, "deleted_at = ?2", params![id, now])
    }

    pub fn restore_document(&mut self, id: i64) -> Result<Document> {
        let n = self.conn().execute(
            "UPDATE documents SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL",
            [id],
        )?;
        if n == 0 {
            return Err(Error::not_found(format!(
                "Document {id} is not in the trash."
            )));
        }
        self.document(id)
    }

    /// Deletes a document in the trash for good, with its revisions; a live one is refused.
    pub fn delete_document_forever(&mut self, id: i64) -> Result<()> {
        let n = self.conn().execute(
            "DELETE FROM documents WHERE id = ?1 AND deleted_at IS NOT NULL",
            [id],
        )?;
        if n == 0 {
            return Err(Error::not_found(format!(
                "Document {id} is not in the trash, so it was not deleted. Move it to the trash first."
            )));
        }
        Ok(())
    }

    /// Keeps a revision now, for a reason the writer gave (Ctrl+S, closing the document).
    pub fn keep_document_revision(&mut self, id: i64, reason: Reason) -> Result<()> {
        let d = self.document(id)?;
        let now = self.now_text();
        let tx = self.conn_mut().transaction()?;
        super::revisions::keep(&tx, id, &d.title, &d.body, reason, &now)?;
        tx.commit()?;
        Ok(())
    }

    /// Sets `assignments` (SQL with ?1 = id) on a live document.
    fn change_live(
        &mut self,
        id: i64,
        assignments: &str,
        args: &[&dyn rusqlite::ToSql],
    ) -> Result<()> {
        let n = self.conn().execute(
            &format!("UPDATE documents SET {assignments} WHERE id = ?1 AND deleted_at IS NULL"),
            args,
        )?;
        if n == 0 {
            self.document(id)?;
            return Err(Error::invalid(format!(
                "Document {id} is in the trash; restore it first."
            )));
        }
        Ok(())
    }
}
