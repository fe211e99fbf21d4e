//! Entries from jrnl: its JSON export (`jrnl --export json`) or its plain-text journal file
//! (told apart by their first character), each entry's title, body, date, `@tags` and star.

use chrono::NaiveDate;
use serde_json::Value;

use super::incoming::{skipped, Candidate, Read};
use super::jrnl_days;
use crate::error::{Error, Result};
use crate::journal::EntryDraft;

fn not_jrnl(why: &str) -> Error {
    Error::invalid(format!(
        "This is not a jrnl JSON export: {why}. Make one with `jrnl --export json --file journal.json`."
    ))
}

/// The start of an entry in jrnl's plain-text file: `[2021-03-30 09:00:00 AM] Title.` (in
/// brackets since jrnl 2, with the day as its `timeformat` writes it: see `jrnl_days`) or
/// `2012-03-29 09:00 Title.` (jrnl 1); answers the day as written and the rest of the line.
fn entry_start(line: &str) -> Option<(&str, &str)> {
    if let Some(inner) = line.strip_prefix('[') {
        let (stamp, rest) = inner.split_once("] ")?;
        return Some((jrnl_days::token(stamp)?, rest));
    }
    let cut = line.char_indices().nth(16).map(|(i, _)| i)?;
    let (stamp, rest) = line.split_at(cut);
    let day = stamp.get(..10)?;
    let iso = day.chars().enumerate().all(|(i, c)| {
        if i == 4 || i == 7 {
            c == '-'
        } else {
            c.is_ascii_digit()
        }
    });
    iso.then_some((day, rest.strip_prefix(' ')?))
}

/// `@words` of jrnl's text, as tags.
fn at_tags(text: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for word in text.split(|c: char| c.is_whitespace()) {
        if let Some(t) = word.strip_prefix('@') {
            let t: String = t
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            if !t.is_empty() && !tags.contains(&t.to_lowercase()) {
                tags.push(t.to_lowercase());
            }
        }
    }
    tags
}

/// The entries of jrnl's plain-text journal; a file with none is refused.
fn read_text(text: &str) -> Result<Read> {
    let mut out: Vec<Candidate> = Vec::new();
    let mut bodies: Vec<String> = Vec::new();
    for line in text.lines() {
        match entry_start(line) {
            Some((day, rest)) => {
                let title_line = rest.trim_end();
                // jrnl marks a starred entry with a `*` at the end of its first line.
                let (title, starred) = match title_line.strip_suffix('*') {
                    Some(t) => (t.trim_end(), true),
                    None => (title_line, false),
                };
                out.push(Candidate {
                    position: out.len() as u32 + 1,
                    draft: EntryDraft {
                        title: title.to_string(),
                        entry_date: Some(day.to_string()),
                        ..Default::default()
                    },
                    starred,
                });
                bodies.push(String::new());
            }
            None => match bodies.last_mut() {
                Some(b) => {
                    b.push_str(line);
                    b.push('\n');
                }
                None if line.trim().is_empty() => {}
                None => return Err(not_jrnl_text()),
            },
        }
    }
    if out.is_empty() {
        return Err(not_jrnl_text());
    }
    let written: Vec<String> = out
        .iter()
        .map(|c| c.draft.entry_date.clone().unwrap_or_default())
        .collect();
    let order = jrnl_days::slash_order(&written)?;
    for (c, written) in out.iter_mut().zip(&written) {
        // A day that is not one (2025-02-30) stays as written, and the checks say why.
        if let Some(day) = jrnl_days::day(written, order) {
            c.draft.entry_date = Some(day.to_string());
        }
    }
    for (c, body) in out.iter_mut().zip(bodies) {
        c.draft.body = body.trim().to_string();
        c.draft.tags = at_tags(&format!("{} {}", c.draft.title, c.draft.body));
    }
    Ok(Read {
        candidates: out,
        ..Read::default()
    })
}

fn not_jrnl_text() -> Error {
    Error::invalid(
        "This is not a jrnl journal: its entries should start with a date and time, such as \"[2021-03-30 09:00:00 AM] Title.\" (jrnl's default). Export it with `jrnl --export json --file journal.json` and import that, which works whatever jrnl's time format is.",
    )
}

/// The entries of a jrnl file (its JSON export or its plain-text journal), and those that
/// cannot be read, with why.
pub(crate) fn read(text: &str) -> Result<Read> {
    if text.trim_start().starts_with('{') {
        read_json(text)
    } else {
        read_text(text)
    }
}

/// The entries of a jrnl JSON export, and those that cannot be read, with why.
fn read_json(text: &str) -> Result<Read> {
    let file: Value =
        serde_json::from_str(text).map_err(|e| not_jrnl(&format!("it is not JSON ({e})")))?;
    let entries = file["entries"]
        .as_array()
        .ok_or_else(|| not_jrnl("it has no \"entries\" list"))?;
    let mut out = Vec::new();
    let mut skip = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        let position = i as u32 + 1;
        let text_of = |k: &str| e[k].as_str().unwrap_or_default().to_string();
        let title = text_of("title");
        let date = text_of("date");
        if NaiveDate::parse_from_str(&date, "%Y-%m-%d").is_err() {
            skip.push(skipped(
                position,
                title,
                format!("its date \"{date}\" is not a day (YYYY-MM-DD)"),
            ));
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
    Ok(Read {
        candidates: out,
        skipped: skip,
        ..Read::default()
    })
}
