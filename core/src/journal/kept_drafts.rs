//! Kept drafts: what the editor held when it could not be saved as an entry (a title over the
//! limit, a body of 2 MB, a bad date). Leaving or trashing keeps the draft here, as typed, so
//! nothing stops the user and nothing they wrote is lost; they come back to it or discard it.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;
use specta::Type;

use super::columns::parse_time;
use super::types::EntryDraft;
use super::validate;
use crate::error::{Error, Result};
use crate::store::Store;

/// Larger than anything the editor lets through (pastes over the body limit are refused), so
/// only a runaway draft is turned away.
pub const MAX_KEPT_DRAFT_BYTES: usize = 16 * 1024 * 1024;
/// How much of the title the list shows.
const LIST_TITLE_CHARS: usize = 120;

/// A kept draft as the editor reopens it.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct KeptDraft {
    pub id: i64,
    /// The entry the draft changes, while that entry is outside the trash; otherwise the draft
    /// reopens as a new entry.
    pub entry_id: Option<i64>,
    pub draft: EntryDraft,
    /// Why it could not be saved, in the words of the save that failed.
    pub reason: String,
    pub kept_at: DateTime<Utc>,
}

/// One row of the kept drafts list.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct KeptDraftSummary {
    pub id: i64,
    pub entry_id: Option<i64>,
    /// The start of the title as typed (may be empty).
    pub title: String,
    pub reason: String,
    pub kept_at: DateTime<Utc>,
}

/// Why `draft` cannot be saved; a draft that would save is kept anyway (the save failed for
/// another reason) and says so.
fn reason(draft: &EntryDraft, today: NaiveDate) -> String {
    match validate::draft(draft, today) {
        Err(e) => e.message,
        Ok(_) => "It could not be saved when you left it; open it to save it again.".to_string(),
    }
}

fn summary_from(r: &Row<'_>) -> rusqlite::Result<KeptDraftSummary> {
    Ok(KeptDraftSummary {
        id: r.get(0)?,
        entry_id: r.get(1)?,
        title: r.get(2)?,
        reason: r.get(3)?,
        kept_at: parse_time(&r.get::<_, String>(4)?)?,
    })
}

/// The entry id, or none when it is gone or in the trash.
const LIVE_ENTRY: &str =
    "(SELECT e.id FROM entries e WHERE e.id = d.entry_id AND e.deleted_at IS NULL)";

fn not_found(id: i64) -> Error {
    Error::not_found(format!(
        "Kept draft {id} does not exist (it may have been discarded)."
    ))
}

impl Store {
    /// Keeps the draft of `entry_id` (none for a new entry) as typed. `id` is the kept draft the
    /// editor was reopened from, which is replaced; an entry has at most one kept draft.
    pub fn keep_draft(
        &mut self,
        id: Option<i64>,
        entry_id: Option<i64>,
        draft: &EntryDraft,
        today: NaiveDate,
    ) -> Result<KeptDraft> {
        let json = serde_json::to_string(draft)
            .map_err(|e| Error::storage(format!("The draft could not be encoded: {e}")))?;
        if json.len() > MAX_KEPT_DRAFT_BYTES {
            return Err(Error::invalid(format!(
                "This draft is {} MiB, too large to keep (the limit is {} MiB). Cut it down, or copy it somewhere else before you leave.",
                json.len() / (1024 * 1024),
                MAX_KEPT_DRAFT_BYTES / (1024 * 1024)
            )));
        }
        let title: String = draft.title.trim().chars().take(LIST_TITLE_CHARS).collect();
        let reason = reason(draft, today);
        let now = self.now_text();
        let tx = self.conn_mut().transaction()?;
        // The row this replaces: the one reopened, else the entry's own.
        let existing: Option<i64> = match id {
            Some(id) => tx
                .query_row("SELECT id FROM kept_drafts WHERE id = ?1", [id], |r| {
                    r.get(0)
                })
                .optional()?,
            None => None,
        }
        .or(match entry_id {
            Some(e) => tx
                .query_row("SELECT id FROM kept_drafts WHERE entry_id = ?1", [e], |r| {
                    r.get(0)
                })
                .optional()?,
            None => None,
        });
        let kept = match existing {
            Some(row) => {
                // Another row of this entry would break "one per entry".
                if let Some(e) = entry_id {
                    tx.execute(
                        "DELETE FROM kept_drafts WHERE entry_id = ?1 AND id <> ?2",
                        params![e, row],
                    )?;
                }
                tx.execute(
                    "UPDATE kept_drafts SET entry_id = ?2, draft = ?3, title = ?4, reason = ?5, kept_at = ?6 WHERE id = ?1",
                    params![row, entry_id, json, title, reason, now],
                )?;
                row
            }
            None => {
                tx.execute(
                    "INSERT INTO kept_drafts (entry_id, draft, title, reason, kept_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![entry_id, json, title, reason, now],
                )?;
                tx.last_insert_rowid()
            }
        };
        tx.commit()?;
        self.kept_draft(kept)
    }

    /// Every kept draft, the latest first.
    pub fn kept_drafts(&self) -> Result<Vec<KeptDraftSummary>> {
        let mut stmt = self.conn().prepare(&format!(
            "SELECT d.id, {LIVE_ENTRY}, d.title, d.reason, d.kept_at FROM kept_drafts d
             ORDER BY d.kept_at DESC, d.id DESC"
        ))?;
        let rows = stmt.query_map([], summary_from)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn kept_draft(&self, id: i64) -> Result<KeptDraft> {
        let row = self
            .conn()
            .query_row(
                &format!(
                    "SELECT d.id, {LIVE_ENTRY}, d.draft, d.reason, d.kept_at FROM kept_drafts d WHERE d.id = ?1"
                ),
                [id],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, Option<i64>>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(3)?,
                        parse_time(&r.get::<_, String>(4)?)?,
                    ))
                },
            )
            .optional()?
            .ok_or_else(|| not_found(id))?;
        let (id, entry_id, json, reason, kept_at) = row;
        let draft = serde_json::from_str(&json)
            .map_err(|e| Error::storage(format!("Kept draft {id} could not be read: {e}")))?;
        Ok(KeptDraft {
            id,
            entry_id,
            draft,
            reason,
            kept_at,
        })
    }

    /// Drops a kept draft and returns it, so the UI can offer to undo (by keeping it again).
    pub fn discard_kept_draft(&mut self, id: i64) -> Result<KeptDraft> {
        let kept = self.kept_draft(id)?;
        self.conn()
            .execute("DELETE FROM kept_drafts WHERE id = ?1", [id])?;
        Ok(kept)
    }
}
