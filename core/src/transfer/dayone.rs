//! Day One's JSON export: a zip with one `<Journal>.json` per journal (and the photos beside
//! them). Each entry's text (its first line the title, Day One's backslash escapes undone),
//! tags, star and creation day in the entry's own time zone come in; photos, videos and audio
//! stay out and are listed in the report. Only the JSON files are read, and no more of each
//! than `MAX_JSON_BYTES`, so a zip bomb is refused rather than unpacked.

use std::io::{Cursor, Read as _};

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use serde_json::Value;

use super::incoming::{skipped, tag_from, Candidate, ImportNote, Read};
use crate::error::{Error, Result};
use crate::journal::validate::MAX_TITLE_CHARS;
use crate::journal::EntryDraft;

/// The most of one journal's JSON that is read: ten years of daily entries are about 30 MB.
pub const MAX_JSON_BYTES: u64 = 256 * 1024 * 1024;

fn not_dayone(why: &str) -> Error {
    Error::invalid(format!(
        "This is not a Day One export: {why}. In Day One, choose File → Export → JSON, and import the zip it makes."
    ))
}

/// The JSON files at the top of the zip (Day One puts photos in folders beside them).
fn journals(bytes: &[u8]) -> Result<Vec<(String, Vec<u8>)>> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| not_dayone(&format!("it is not a zip file Waypoint can read ({e})")))?;
    let mut out = Vec::new();
    for i in 0..zip.len() {
        let mut file = zip
            .by_index(i)
            .map_err(|e| not_dayone(&format!("part {} of the zip cannot be read ({e})", i + 1)))?;
        let name = file
            .name()
            .map_err(|e| not_dayone(&format!("a name in the zip cannot be read ({e})")))?
            .to_string();
        if name.contains('/') || !name.to_lowercase().ends_with(".json") {
            continue;
        }
        let too_big = || {
            Error::invalid(format!(
                "{name} in the zip unpacks to more than {} MB, far more than a journal's text; it was not read. If it is a real Day One export, export one journal at a time.",
                MAX_JSON_BYTES / (1024 * 1024)
            ))
        };
        // The size the zip declares first; the bytes read are capped too, in case it lies.
        if file.size() > MAX_JSON_BYTES {
            return Err(too_big());
        }
        let mut json = Vec::new();
        (&mut file)
            .take(MAX_JSON_BYTES + 1)
            .read_to_end(&mut json)
            .map_err(|e| not_dayone(&format!("{name} in the zip cannot be unpacked ({e})")))?;
        if json.len() as u64 > MAX_JSON_BYTES {
            return Err(too_big());
        }
        out.push((name, json));
    }
    if out.is_empty() {
        return Err(not_dayone(
            "the zip has no journal (.json file) at its top level",
        ));
    }
    Ok(out)
}

/// Day One escapes Markdown's signs in plain text (`3\.5`, `\- item`); this undoes it.
fn unescaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(&n) if c == '\\' && n.is_ascii_punctuation() => {
                out.push(n);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

/// The text without its `![](dayone-moment://…)` references, and how many there were.
fn without_moments(text: &str) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let (mut rest, mut n) = (text, 0);
    while let Some(at) = rest.find("![](dayone-moment:") {
        out.push_str(&rest[..at]);
        match rest[at..].find(')') {
            Some(end) => {
                rest = &rest[at + end + 1..];
                n += 1;
            }
            None => {
                rest = &rest[at..];
                break;
            }
        }
    }
    out.push_str(rest);
    (out, n)
}

/// The title (the first line, without a heading's `#`) and the body (the rest); a first line
/// too long for a title stays in the body.
fn title_and_body(text: &str) -> (String, String) {
    let text = text.trim();
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    let title = first.trim_start_matches('#').trim();
    if title.chars().count() > MAX_TITLE_CHARS {
        return (String::new(), text.to_string());
    }
    (title.to_string(), rest.trim().to_string())
}

/// The day an entry was written, where it was written.
fn local_day(created: &str, zone: Option<&str>) -> Option<NaiveDate> {
    let at = DateTime::parse_from_rfc3339(created)
        .ok()?
        .with_timezone(&Utc);
    Some(match zone.and_then(|z| z.parse::<Tz>().ok()) {
        Some(tz) => at.with_timezone(&tz).date_naive(),
        None => at.date_naive(),
    })
}

/// The photos, videos and audio of an entry, as the files of the export they are.
fn media(e: &Value) -> Vec<String> {
    ["photos", "videos", "audios", "pdfAttachments"]
        .iter()
        .flat_map(|k| e[*k].as_array().into_iter().flatten())
        .map(|m| {
            let (md5, kind) = (m["md5"].as_str(), m["type"].as_str());
            match (md5, kind) {
                (Some(md5), Some(kind)) => format!("{md5}.{kind}"),
                _ => m["identifier"].as_str().unwrap_or("a file").to_string(),
            }
        })
        .collect()
}

/// One entry of a journal, or why it cannot come in.
fn entry(e: &Value, position: u32, read: &mut Read) {
    let text = e["text"].as_str().unwrap_or_default();
    let (text, moments) = without_moments(text);
    let (title, body) = title_and_body(&unescaped(&text));
    let created = e["creationDate"].as_str().unwrap_or_default();
    let Some(day) = local_day(created, e["timeZone"].as_str()) else {
        read.skipped.push(skipped(
            position,
            title,
            format!("its creation date \"{created}\" is not a date and time (RFC 3339)"),
        ));
        return;
    };
    let files = media(e);
    if title.is_empty() && body.is_empty() {
        let why = if files.is_empty() && moments == 0 {
            "it has no text".to_string()
        } else {
            "it has only photos or other media, which Waypoint does not keep".to_string()
        };
        read.skipped.push(skipped(position, format!("{day}"), why));
        return;
    }
    if !files.is_empty() {
        read.notes.push(ImportNote {
            position,
            title: title.clone(),
            note: format!(
                "{} not brought in (Waypoint keeps text): {}",
                if files.len() == 1 {
                    "1 attachment is".to_string()
                } else {
                    format!("{} attachments are", files.len())
                },
                files.join(", ")
            ),
        });
    }
    let tags = e["tags"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .filter_map(tag_from)
        .collect();
    read.candidates.push(Candidate {
        position,
        draft: EntryDraft {
            title,
            body,
            entry_date: Some(day.to_string()),
            tags,
            ..Default::default()
        },
        starred: e["starred"].as_bool().unwrap_or(false),
    });
}

pub(crate) fn read(bytes: &[u8]) -> Result<Read> {
    let mut read = Read::default();
    let mut position = 0;
    for (name, json) in journals(bytes)? {
        let file: Value = serde_json::from_slice(&json)
            .map_err(|e| not_dayone(&format!("{name} is not JSON ({e})")))?;
        let entries = file["entries"]
            .as_array()
            .ok_or_else(|| not_dayone(&format!("{name} has no \"entries\" list")))?;
        for e in entries {
            position += 1;
            entry(e, position, &mut read);
        }
    }
    Ok(read)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_undone_and_a_real_backslash_stays() {
        assert_eq!(unescaped(r"3\.5 \- done \\ ok \n"), r"3.5 - done \ ok \n");
    }

    #[test]
    fn moments_are_taken_out_of_the_text() {
        let (t, n) = without_moments("a\n![](dayone-moment://AB12)\nb ![](dayone-moment:/video/C)");
        assert_eq!((t.as_str(), n), ("a\n\nb ", 2));
        assert_eq!(
            without_moments("x ![](dayone-moment://open").0,
            "x ![](dayone-moment://open"
        );
    }

    #[test]
    fn the_day_is_the_one_where_the_entry_was_written() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        // 03:30 UTC is still the evening before in New York.
        assert_eq!(
            local_day("2024-03-02T03:30:00Z", Some("America/New_York")),
            d(2024, 3, 1)
        );
        assert_eq!(
            local_day("2024-03-02T03:30:00Z", Some("Nowhere/Else")),
            d(2024, 3, 2)
        );
        assert_eq!(local_day("yesterday", None), None);
    }

    #[test]
    fn the_first_line_is_the_title() {
        assert_eq!(
            title_and_body("# Shipped\n\nIt works."),
            ("Shipped".into(), "It works.".into())
        );
        let long = "x".repeat(MAX_TITLE_CHARS + 1);
        assert_eq!(title_and_body(&long), (String::new(), long.clone()));
    }
}
