//! Bringing entries in from the journals people leave, whatever the format: each reader
//! (`jrnl`, `dayone`, `markdown_notes`, `daylio`) turns files into candidates; this module checks
//! them against the rules and the journal, says what would be added and what skipped and why,
//! and adds the rest in one transaction. An entry already in the journal (same day, title and
//! text), or a check-in for a day that has one, is skipped, so importing twice adds nothing.

use std::collections::HashSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;

use super::daylio::{self, MoodValues};
use super::{dayone, jrnl, markdown_notes};
use crate::error::{Error, Result};
use crate::journal::insert_in_tx;
use crate::journal::validate::{self, ValidDraft};
use crate::journal::EntryDraft;
use crate::store::Store;
use crate::workload::{save_checkin_in, CheckInDraft, CheckInPeriod};

/// The most the app's window sends to one import (its files travel as JSON numbers); the CLI
/// reads files of any size from their path.
pub const MAX_WINDOW_BYTES: u64 = 64 * 1024 * 1024;

/// The tool a file came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "lowercase")]
pub enum ImportSource {
    /// jrnl's `--export json` file or its plain-text journal.
    Jrnl,
    /// Day One's JSON export, a zip.
    Dayone,
    /// A folder of Markdown notes (Obsidian daily notes, Joplin's Markdown + Front Matter).
    Markdown,
    /// Daylio's CSV export.
    Daylio,
}

impl ImportSource {
    pub fn name(self) -> &'static str {
        match self {
            ImportSource::Jrnl => "jrnl",
            ImportSource::Dayone => "Day One",
            ImportSource::Markdown => "Markdown notes",
            ImportSource::Daylio => "Daylio",
        }
    }

    /// What the files look like: a zip is Day One's export, Markdown files are notes, a CSV
    /// with Daylio's columns is Daylio, and anything else is read as jrnl (which says why not).
    pub fn detect(files: &[IncomingFile]) -> ImportSource {
        let is_md = |f: &IncomingFile| {
            let n = f.name.to_lowercase();
            n.ends_with(".md") || n.ends_with(".markdown")
        };
        match files {
            [one] if one.bytes.starts_with(b"PK\x03\x04") => ImportSource::Dayone,
            [one] if daylio::looks_like(&one.bytes) => ImportSource::Daylio,
            [one] if !is_md(one) => ImportSource::Jrnl,
            _ => ImportSource::Markdown,
        }
    }
}

/// One file as the app or the CLI read it; `name` is its path inside the chosen folder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct IncomingFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// What to import: the files, the tool they came from (detected when missing) and, for
/// Daylio, the values each mood stands for, as the user confirmed them.
#[derive(Debug, Clone, PartialEq, Deserialize, Type)]
pub struct ImportRequest {
    pub files: Vec<IncomingFile>,
    #[serde(default)]
    #[specta(optional)]
    pub source: Option<ImportSource>,
    #[serde(default)]
    #[specta(optional)]
    pub moods: Option<Vec<MoodValues>>,
}

impl ImportRequest {
    /// Whether the window may send this much, or why not.
    pub fn within_window_limit(&self) -> Result<()> {
        let total: u64 = self.files.iter().map(|f| f.bytes.len() as u64).sum();
        if total > MAX_WINDOW_BYTES {
            return Err(Error::invalid_field(
                "files",
                format!(
                    "The files chosen are {} MB; the window imports up to {} MB at once. Choose fewer files, or use `waypoint import` in a terminal, which reads any size.",
                    total >> 20,
                    MAX_WINDOW_BYTES >> 20
                ),
            ));
        }
        Ok(())
    }

    pub fn new(source: Option<ImportSource>, files: Vec<IncomingFile>) -> Self {
        ImportRequest {
            files,
            source,
            moods: None,
        }
    }
}

/// One entry the import would add.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct ImportItem {
    pub title: String,
    pub entry_date: NaiveDate,
    pub tags: Vec<String>,
    pub starred: bool,
}

/// One check-in it would add (Daylio), from the day's mood.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct CheckInItem {
    pub date: NaiveDate,
    pub mood: String,
    pub stress: u8,
    pub energy: u8,
    pub imposter: u8,
}

/// One it would not, with why.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Skipped {
    /// Its place in the file (or among the files), from 1.
    pub position: u32,
    pub title: String,
    pub reason: String,
}

/// Something of an item that is not brought in (a photo), or how it was read.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct ImportNote {
    pub position: u32,
    pub title: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct ImportPreview {
    pub source: ImportSource,
    /// The tool's name, as the preview says it ("read as Day One").
    pub read_as: String,
    pub add: Vec<ImportItem>,
    pub check_ins: Vec<CheckInItem>,
    pub skip: Vec<Skipped>,
    pub notes: Vec<ImportNote>,
    /// Daylio: each mood found, how often, and the values it becomes (none until mapped).
    pub moods: Vec<MoodValues>,
}

/// An entry of a file, read but not yet checked against the rules and the journal.
pub(crate) struct Candidate {
    pub position: u32,
    pub draft: EntryDraft,
    pub starred: bool,
}

/// A day's mood (Daylio), not yet mapped to check-in values.
pub(crate) struct MoodOfDay {
    pub position: u32,
    pub date: NaiveDate,
    pub mood: String,
}

/// What a reader found in the files.
#[derive(Default)]
pub(crate) struct Read {
    pub candidates: Vec<Candidate>,
    pub moods: Vec<MoodOfDay>,
    pub skipped: Vec<Skipped>,
    pub notes: Vec<ImportNote>,
}

/// What the import will write.
struct Plan {
    /// Checked once, in the plan: the import writes them as they are.
    entries: Vec<(ValidDraft, bool)>,
    check_ins: Vec<CheckInDraft>,
    preview: ImportPreview,
}

/// A label from another app (`Big Project`, `movies / tv`) as a Waypoint tag
/// (`big-project`, `movies-tv`): lower case, words joined by `-`, other signs dropped; a
/// nested tag (`work/oncall`) stays nested.
pub(crate) fn tag_from(label: &str) -> Option<String> {
    let words: Vec<String> = label
        .split_whitespace()
        .map(|w| {
            w.trim_start_matches(['#', '@'])
                .chars()
                .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '/'))
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.trim_matches('/').is_empty())
        .collect();
    (!words.is_empty()).then(|| words.join("-"))
}

fn read(source: ImportSource, files: &[IncomingFile]) -> Result<Read> {
    let one = || match files {
        [one] => Ok(one),
        _ => Err(Error::invalid_field(
            "files",
            format!(
                "A {} import reads one file; {} were given.",
                source.name(),
                files.len()
            ),
        )),
    };
    match source {
        ImportSource::Jrnl => jrnl::read(&super::decode_text(&one()?.bytes, "jrnl file")?),
        ImportSource::Dayone => dayone::read(&one()?.bytes),
        ImportSource::Markdown => markdown_notes::read(files),
        ImportSource::Daylio => daylio::read(&super::decode_text(&one()?.bytes, "Daylio file")?),
    }
}

pub(crate) fn skipped(position: u32, title: String, reason: impl Into<String>) -> Skipped {
    Skipped {
        position,
        title,
        reason: reason.into(),
    }
}

impl Store {
    fn has_entry(&self, day: NaiveDate, title: &str, body: &str) -> Result<bool> {
        Ok(self.conn().query_row(
            "SELECT EXISTS (SELECT 1 FROM entries WHERE deleted_at IS NULL AND entry_date = ?1 AND title = ?2 AND body = ?3)",
            rusqlite::params![day.to_string(), title, body],
            |r| r.get(0),
        )?)
    }

    /// What importing would do: each entry and check-in to add, each to skip with why.
    fn plan_import(&self, request: &ImportRequest, today: NaiveDate) -> Result<Plan> {
        daylio::check_chosen(request.moods.as_deref().unwrap_or_default())?;
        let source = request
            .source
            .unwrap_or_else(|| ImportSource::detect(&request.files));
        let Read {
            candidates,
            moods,
            skipped: mut skip,
            notes,
        } = read(source, &request.files)?;
        let mut seen = HashSet::new();
        let mut entries = Vec::new();
        let mut add = Vec::new();
        for c in candidates {
            let v = match validate::draft(&c.draft, today) {
                Ok(v) => v,
                Err(e) => {
                    skip.push(skipped(c.position, c.draft.title, e.message));
                    continue;
                }
            };
            let key = (v.entry_date, v.title.clone(), v.body.clone());
            if self.has_entry(v.entry_date, &v.title, &v.body)? || !seen.insert(key) {
                skip.push(skipped(
                    c.position,
                    v.title,
                    "it is already in the journal (same day, title and text)",
                ));
                continue;
            }
            add.push(ImportItem {
                title: v.title.clone(),
                entry_date: v.entry_date,
                tags: v.tags.clone(),
                starred: c.starred,
            });
            entries.push((v, c.starred));
        }
        let mapping = daylio::mapping(&moods, request.moods.as_deref());
        let (check_ins, items) = self.plan_check_ins(moods, &mapping, &mut skip)?;
        skip.sort_by_key(|s| s.position);
        Ok(Plan {
            entries,
            check_ins,
            preview: ImportPreview {
                source,
                read_as: source.name().to_string(),
                add,
                check_ins: items,
                skip,
                notes,
                moods: mapping,
            },
        })
    }

    /// A daily check-in for each day's mood that is mapped and not there yet.
    fn plan_check_ins(
        &self,
        moods: Vec<MoodOfDay>,
        mapping: &[MoodValues],
        skip: &mut Vec<Skipped>,
    ) -> Result<(Vec<CheckInDraft>, Vec<CheckInItem>)> {
        let (mut drafts, mut items) = (Vec::new(), Vec::new());
        let mut seen = HashSet::new();
        for m in moods {
            let title = format!("{} on {}", m.mood, m.date);
            let values = mapping.iter().find(|v| v.mood == m.mood);
            let Some((stress, energy, imposter)) =
                values.and_then(|v| Some((v.stress?, v.energy?, v.imposter?)))
            else {
                skip.push(skipped(
                    m.position,
                    title,
                    format!(
                        "the mood \"{}\" has no check-in values yet; give it stress, energy and imposter values",
                        m.mood
                    ),
                ));
                continue;
            };
            if !seen.insert(m.date) {
                skip.push(skipped(
                    m.position,
                    title,
                    "the day has a later mood in the file; a day has one check-in",
                ));
                continue;
            }
            if self.checkin(CheckInPeriod::Day, m.date)?.is_some() {
                skip.push(skipped(
                    m.position,
                    title,
                    "that day already has a check-in",
                ));
                continue;
            }
            drafts.push(CheckInDraft {
                period: CheckInPeriod::Day,
                date: m.date.to_string(),
                meeting_hours: None,
                stress: Some(stress.into()),
                energy: Some(energy.into()),
                imposter: Some(imposter.into()),
                note: String::new(),
            });
            items.push(CheckInItem {
                date: m.date,
                mood: m.mood,
                stress,
                energy,
                imposter,
            });
        }
        Ok((drafts, items))
    }

    /// The preview of an import; nothing is written.
    pub fn preview_import(
        &self,
        request: &ImportRequest,
        today: NaiveDate,
    ) -> Result<ImportPreview> {
        Ok(self.plan_import(request, today)?.preview)
    }

    /// Imports in one transaction and answers what was added and skipped.
    pub fn import(&mut self, request: &ImportRequest, today: NaiveDate) -> Result<ImportPreview> {
        let plan = self.plan_import(request, today)?;
        let now = self.now_text();
        let tx = self.conn_mut().transaction()?;
        for (entry, starred) in &plan.entries {
            insert_in_tx(&tx, entry, *starred, &now)?;
        }
        for c in &plan.check_ins {
            save_checkin_in(&tx, c, today, &now)?;
        }
        tx.commit()?;
        Ok(plan.preview)
    }
}
