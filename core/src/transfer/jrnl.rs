//! Entries from jrnl's JSON export (`jrnl --export json`): each entry's title, body, date,
//! `@tags` and star. A preview says what would be added and what skipped, and why; the import
//! adds the rest in one transaction. An entry already in the journal (same day, title and
//! text) is skipped, so importing the same file twice adds nothing.

use std::collections::HashSet;

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;
use specta::Type;

use crate::error::{Error, Result};
use crate::journal::{validate, EntryDraft};
use crate::store::Store;

/// One entry the import would add.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct ImportItem {
    pub title: String,
    pub entry_date: NaiveDate,
    pub tags: Vec<String>,
    pub starred: bool,
}

/// One it would not, with why.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Skipped {
    /// Its place in the file, from 1.
    pub position: u32,
    pub title: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct ImportPreview {
    pub add: Vec<ImportItem>,
    pub skip: Vec<Skipped>,
}

/// An entry of the file, read but not yet checked against the journal.
struct Candidate {
    position: u32,
    draft: EntryDraft,
    starred: bool,
}

fn not_jrnl(why: &str) -> Error {
    Error::invalid(format!(
        "This is not a jrnl JSON export: {why}. Make one with `jrnl --export json --file journal.json`."
    ))
}

/// The entries of a jrnl JSON export, and those that cannot be read, with why.
fn read(text: &str) -> Result<(Vec<Candidate>, Vec<Skipped>)> {
    let file: Value =
        serde_json::from_str(text).map_err(|e| not_jrnl(&format!("it is not JSON ({e})")))?;
    let entries = file["entries"]
        .as_array()
        .ok_or_else(|| not_jrnl("it has no \"entries\" list"))?;
    let mut out = Vec::new();
    let mut skipped = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        let position = i as u32 + 1;
        let text_of = |k: &str| e[k].as_str().unwrap_or_default().to_string();
        let title = text_of("title");
        let date = text_of("date");
        if NaiveDate::parse_from_str(&date, "%Y-%m-%d").is_err() {
            skipped.push(Skipped {
                position,
                title,
                reason: format!("its date \"{date}\" is not a day (YYYY-MM-DD)"),
            });
            continue;
        }
        let tags = e["tags"]
            .as_array()
            .map(|t| {
                t.iter()
                    .filter_map(Value::as_str)
                    .map(|t| t.trim_start_matches(['@', '#']).to_lowercase())
                    .collect()
            })
            .unwrap_or_default();
        out.push(Candidate {
            position,
            draft: EntryDraft {
                title,
                body: text_of("body").trim().to_string(),
                entry_date: Some(date),
                tags,
                ..Default::default()
            },
            starred: e["starred"].as_bool().unwrap_or(false),
        });
    }
    Ok((out, skipped))
}

impl Store {
    fn has_entry(&self, day: NaiveDate, title: &str, body: &str) -> Result<bool> {
        Ok(self.conn().query_row(
            "SELECT EXISTS (SELECT 1 FROM entries WHERE deleted_at IS NULL AND entry_date = ?1 AND title = ?2 AND body = ?3)",
            rusqlite::params![day.to_string(), title, body],
            |r| r.get(0),
        )?)
    }

    /// What importing the file would do: each entry to add, each to skip with why.
    fn plan_jrnl(
        &self,
        text: &str,
        today: NaiveDate,
    ) -> Result<(Vec<(EntryDraft, bool)>, ImportPreview)> {
        let (candidates, mut skip) = read(text)?;
        let mut seen = HashSet::new();
        let mut drafts = Vec::new();
        let mut add = Vec::new();
        for c in candidates {
            let v = match validate::draft(&c.draft, today) {
                Ok(v) => v,
                Err(e) => {
                    skip.push(Skipped {
                        position: c.position,
                        title: c.draft.title,
                        reason: e.message,
                    });
                    continue;
                }
            };
            let key = (v.entry_date, v.title.clone(), v.body.clone());
            if self.has_entry(v.entry_date, &v.title, &v.body)? || !seen.insert(key) {
                skip.push(Skipped {
                    position: c.position,
                    title: v.title,
                    reason: "it is already in the journal (same day, title and text)".into(),
                });
                continue;
            }
            add.push(ImportItem {
                title: v.title,
                entry_date: v.entry_date,
                tags: v.tags,
                starred: c.starred,
            });
            drafts.push((c.draft, c.starred));
        }
        skip.sort_by_key(|s| s.position);
        Ok((drafts, ImportPreview { add, skip }))
    }

    /// The preview of importing a jrnl JSON export; nothing is written.
    pub fn preview_jrnl(&self, text: &str, today: NaiveDate) -> Result<ImportPreview> {
        Ok(self.plan_jrnl(text, today)?.1)
    }

    /// Imports a jrnl JSON export in one transaction and answers what was added and skipped.
    pub fn import_jrnl(&mut self, text: &str, today: NaiveDate) -> Result<ImportPreview> {
        let (drafts, preview) = self.plan_jrnl(text, today)?;
        self.create_entries(&drafts, today)?;
        Ok(preview)
    }
}
