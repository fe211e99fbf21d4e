//! Daylio's CSV export: each row is a mood at a time of day, with activities and a note. A
//! day's mood becomes a daily check-in through values the user confirms (Daylio has no stress,
//! energy or imposter scale, so nothing is assumed silently); a note becomes an entry of that
//! day, its activities its tags.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;

use super::incoming::{skipped, tag_from, Candidate, MoodOfDay, Read};
use crate::error::{Error, Result};
use crate::journal::split_title;
use crate::journal::EntryDraft;

/// A mood and the check-in values it stands for; none until the user (or a known mood's
/// proposal) gives them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct MoodValues {
    pub mood: String,
    /// How many rows of the file have it (answered in a preview; ignored when sent).
    #[serde(default)]
    pub count: u32,
    pub stress: Option<u8>,
    pub energy: Option<u8>,
    pub imposter: Option<u8>,
}

/// Daylio's five built-in moods, best first, and the values proposed for them: stress and
/// imposter feeling rise as the mood falls, energy falls with it.
const PROPOSED: [(&str, u8, u8, u8); 5] = [
    ("rad", 2, 9, 1),
    ("good", 4, 7, 2),
    ("meh", 5, 5, 3),
    ("bad", 7, 3, 4),
    ("awful", 9, 2, 5),
];

/// The columns of Daylio's export since 2020, and of its older one (`year` + `18 May`).
const COLUMNS: [&str; 8] = [
    "full_date",
    "date",
    "weekday",
    "time",
    "mood",
    "activities",
    "note_title",
    "note",
];
const OLD_COLUMNS: [&str; 7] = [
    "year",
    "date",
    "weekday",
    "time",
    "mood",
    "activities",
    "note",
];

/// Whether a file starts with Daylio's header row.
pub(crate) fn looks_like(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    bytes.starts_with(b"full_date,") || bytes.starts_with(b"year,date,weekday")
}

/// The rows of a CSV file (RFC 4180: quoted fields may hold commas, quotes and line breaks).
fn rows(text: &str) -> Result<Vec<Vec<String>>> {
    let mut rows = Vec::new();
    let (mut row, mut field) = (Vec::new(), String::new());
    let (mut quoted, mut line) = (false, 1);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                line += 1;
            }
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (_, c) => {
                line += usize::from(c == '\n');
                field.push(c);
            }
        }
    }
    if quoted {
        return Err(Error::invalid(format!(
            "This Daylio file ends inside a quoted field that starts before line {line}; export it from Daylio again."
        )));
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    Ok(rows)
}

/// A note's text: Daylio writes line breaks as `<br>` and may add simple HTML.
fn note_text(raw: &str) -> String {
    raw.replace("<br>", "\n")
        .replace("<br/>", "\n")
        .replace("<br />", "\n")
        .trim()
        .to_string()
}

/// The day of a row: `full_date` (`2024-03-01`), or the old export's year and `18 May`.
fn day_of(row: &[String], old: bool) -> Option<NaiveDate> {
    if old {
        let text = format!("{} {}", row[0].trim(), row[1].trim());
        NaiveDate::parse_from_str(&text, "%Y %d %B")
            .or_else(|_| NaiveDate::parse_from_str(&text, "%Y %d %b"))
            .ok()
    } else {
        NaiveDate::parse_from_str(row[0].trim(), "%Y-%m-%d").ok()
    }
}

pub(crate) fn read(text: &str) -> Result<Read> {
    let rows = rows(text)?;
    let header: Vec<&str> = rows
        .first()
        .map(|r| r.iter().map(|c| c.trim()).collect())
        .unwrap_or_default();
    let old = header == OLD_COLUMNS;
    if header != COLUMNS && !old {
        return Err(Error::invalid(format!(
            "This is not a Daylio export: its first row should be \"{}\". In Daylio, choose More → Export Entries → CSV, and import that file.",
            COLUMNS.join(",")
        )));
    }
    let mut read = Read::default();
    for (i, row) in rows.iter().enumerate().skip(1) {
        let position = i as u32;
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if row.len() != header.len() {
            read.skipped.push(skipped(
                position,
                String::new(),
                format!(
                    "row {} has {} columns, not {}",
                    i + 1,
                    row.len(),
                    header.len()
                ),
            ));
            continue;
        }
        let Some(date) = day_of(row, old) else {
            read.skipped.push(skipped(
                position,
                String::new(),
                format!(
                    "row {} has no day Waypoint can read (\"{}\")",
                    i + 1,
                    row[0]
                ),
            ));
            continue;
        };
        let mood = row[4].trim().to_string();
        let (title, note) = if old {
            (String::new(), note_text(&row[6]))
        } else {
            (note_text(&row[6]), note_text(&row[7]))
        };
        // A note without a title is titled as jrnl does: by its first sentence.
        let (title, note) = if title.is_empty() {
            split_title(&note)
        } else {
            (title, note)
        };
        if !title.is_empty() || !note.is_empty() {
            read.candidates.push(Candidate {
                position,
                draft: EntryDraft {
                    title,
                    body: note,
                    entry_date: Some(date.to_string()),
                    tags: row[5].split('|').filter_map(tag_from).collect(),
                    ..Default::default()
                },
                starred: false,
            });
        }
        if !mood.is_empty() {
            read.moods.push(MoodOfDay {
                position,
                date,
                mood,
            });
        }
    }
    Ok(read)
}

/// Each mood of the file with its count and values: the user's when given (checked first),
/// else the proposal for a built-in mood, else none. Daylio lists the newest row first, so a
/// day's first row is its last mood.
pub(crate) fn mapping(moods: &[MoodOfDay], chosen: Option<&[MoodValues]>) -> Vec<MoodValues> {
    let mut out: Vec<MoodValues> = Vec::new();
    for m in moods {
        match out.iter_mut().find(|v| v.mood == m.mood) {
            Some(v) => v.count += 1,
            None => {
                let proposed = PROPOSED
                    .iter()
                    .find(|p| p.0.eq_ignore_ascii_case(&m.mood))
                    .map(|p| (Some(p.1), Some(p.2), Some(p.3)));
                let given = chosen
                    .and_then(|c| c.iter().find(|v| v.mood == m.mood))
                    .map(|v| (v.stress, v.energy, v.imposter));
                let (stress, energy, imposter) = given.or(proposed).unwrap_or_default();
                out.push(MoodValues {
                    mood: m.mood.clone(),
                    count: 1,
                    stress,
                    energy,
                    imposter,
                });
            }
        }
    }
    out
}

/// Every value given out of its scale, all at once, or nothing.
pub(crate) fn check_chosen(chosen: &[MoodValues]) -> Result<()> {
    let mut wrong = Vec::new();
    for m in chosen {
        for (what, v, max) in [
            ("stress", m.stress, 10),
            ("energy", m.energy, 10),
            ("imposter feeling", m.imposter, 5),
        ] {
            if let Some(v) = v.filter(|v| !(1..=max).contains(v)) {
                wrong.push(format!("\"{}\": {what} is {v}, give 1 to {max}", m.mood));
            }
        }
    }
    if wrong.is_empty() {
        return Ok(());
    }
    Err(Error::invalid_field(
        "moods",
        format!(
            "Some mood values are out of their scale: {}.",
            wrong.join("; ")
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields_keep_commas_quotes_and_line_breaks() {
        let r = rows("a,\"b, \"\"c\"\"\nd\",e\r\nf,,\n").unwrap();
        assert_eq!(r, [vec!["a", "b, \"c\"\nd", "e"], vec!["f", "", ""]]);
        assert!(rows("a,\"open\n")
            .unwrap_err()
            .message
            .contains("quoted field"));
    }

    #[test]
    fn both_export_layouts_give_the_day() {
        let row = |a: &str, b: &str| vec![a.to_string(), b.to_string()];
        assert_eq!(
            day_of(&row("2024-03-01", "March 1"), false),
            NaiveDate::from_ymd_opt(2024, 3, 1)
        );
        assert_eq!(
            day_of(&row("2018", "18 May"), true),
            NaiveDate::from_ymd_opt(2018, 5, 18)
        );
        assert_eq!(day_of(&row("2018", "May"), true), None);
    }
}
