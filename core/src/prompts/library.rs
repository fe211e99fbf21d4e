//! The prompt library: listing, adding, editing and hiding prompts.

use rusqlite::{params, OptionalExtension};

use super::types::{Prompt, PromptDraft};
use crate::error::{Error, Result};
use crate::plan::validate as text_rules;
use crate::store::Store;

pub const MAX_PROMPT_CHARS: usize = 300;

fn text(raw: &str) -> Result<String> {
    let t = text_rules::name(raw, "prompt")?;
    if t.chars().count() > MAX_PROMPT_CHARS {
        return Err(Error::invalid(format!(
            "The prompt is longer than {MAX_PROMPT_CHARS} characters; a good prompt is one question."
        )));
    }
    Ok(t)
}

fn exists(store: &Store, id: i64) -> Result<()> {
    store
        .conn()
        .query_row("SELECT 1 FROM prompts WHERE id = ?1", [id], |_| Ok(()))
        .optional()?
        .ok_or_else(|| Error::not_found(format!("There is no prompt with id {id}.")))
}

impl Store {
    /// Every prompt, quarter prompts first (by quarter), then by competency.
    pub fn list_prompts(&self) -> Result<Vec<Prompt>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT p.id, p.quarter, p.competency_id, c.name, p.text, p.builtin, p.hidden_at IS NOT NULL
             FROM prompts p LEFT JOIN competencies c ON c.id = p.competency_id
             ORDER BY p.quarter IS NULL, p.quarter, c.position, p.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Prompt {
                id: r.get(0)?,
                quarter: r.get(1)?,
                competency_id: r.get(2)?,
                competency_name: r.get(3)?,
                text: r.get(4)?,
                builtin: r.get(5)?,
                hidden: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn add_prompt(&mut self, d: &PromptDraft) -> Result<Vec<Prompt>> {
        let t = text(&d.text)?;
        match (d.quarter, d.competency_id) {
            (Some(q), None) => {
                text_rules::quarter(q)?;
            }
            (None, Some(cid)) => {
                self.conn()
                    .query_row(
                        "SELECT 1 FROM competencies WHERE id = ?1",
                        [cid],
                        |_| Ok(()),
                    )
                    .optional()?
                    .ok_or_else(|| {
                        Error::not_found(format!("There is no competency with id {cid}."))
                    })?;
            }
            _ => {
                return Err(Error::invalid(
                    "A prompt belongs to one quarter or one competency. Choose one of them.",
                ))
            }
        }
        self.conn().execute(
            "INSERT INTO prompts (quarter, competency_id, text, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![d.quarter, d.competency_id, t, self.now_text()],
        )?;
        self.list_prompts()
    }

    pub fn update_prompt(&mut self, id: i64, new_text: &str) -> Result<Vec<Prompt>> {
        let t = text(new_text)?;
        exists(self, id)?;
        self.conn()
            .execute("UPDATE prompts SET text = ?2 WHERE id = ?1", params![id, t])?;
        self.list_prompts()
    }

    /// Hidden prompts are never suggested; built-in ones can be hidden but not deleted, so
    /// showing them again is always possible.
    pub fn set_prompt_hidden(&mut self, id: i64, hidden: bool) -> Result<Vec<Prompt>> {
        exists(self, id)?;
        self.conn().execute(
            "UPDATE prompts SET hidden_at = CASE WHEN ?2 THEN COALESCE(hidden_at, ?3) END WHERE id = ?1",
            params![id, hidden, self.now_text()],
        )?;
        self.list_prompts()
    }
}
