//! A folder of Markdown notes: Obsidian daily notes (`2024-03-01.md`), Joplin's "Markdown +
//! Front Matter" export, or Waypoint's own Markdown export. Each `.md` file is an entry: its
//! title from the front matter's `title`, else its first `# heading`, else the file name; its
//! day from `date` or `created`, else a `YYYY-MM-DD` in the file name; `tags` a list or a
//! comma-separated string; `starred` and `kind` as Waypoint writes them.

use std::path::Path;

use chrono::NaiveDate;
use serde_json::Value;

use super::incoming::{skipped, tag_from, Candidate, ImportNote, IncomingFile, Read};
use crate::error::{Error, Result};
use crate::journal::{EntryDraft, EntryKind};

/// The front matter (between `---` lines at the very top) and the text after it.
fn split_front_matter(text: &str) -> Option<(&str, &str)> {
    let rest = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))?;
    let mut at = 0;
    for line in rest.split_inclusive('\n') {
        if matches!(line.trim_end(), "---" | "...") {
            return Some((&rest[..at], &rest[at + line.len()..]));
        }
        at += line.len();
    }
    None
}

/// A `YYYY-MM-DD` at the start of `s` (`2021-05-24 13:20:18Z`, `2024-03-01 Standup`).
fn leading_day(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

/// The file's name without its folders and extension.
fn stem(path: &str) -> &str {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    name.rsplit_once('.').map_or(name, |(s, _)| s)
}

fn tags_of(v: &Value) -> Vec<String> {
    match v {
        Value::Array(items) => items
            .iter()
            .filter_map(Value::as_str)
            .filter_map(tag_from)
            .collect(),
        Value::String(s) => s.split(',').filter_map(tag_from).collect(),
        _ => Vec::new(),
    }
}

/// One note as an entry, or why not.
fn note(path: &str, text: &str, position: u32, read: &mut Read) {
    let (front, body) = match split_front_matter(text) {
        Some((yaml, body)) => match serde_saphyr::from_str::<Value>(yaml) {
            Ok(v @ Value::Object(_)) => (v, body),
            Ok(_) => (Value::Null, body),
            Err(e) => {
                let first = e.to_string();
                let first = first.lines().next().unwrap_or_default().to_string();
                let why = format!("its front matter is not YAML Waypoint can read ({first})");
                read.skipped.push(skipped(position, path.to_string(), why));
                return;
            }
        },
        None => (Value::Null, text),
    };
    let field = |k: &str| front[k].as_str().map(str::trim).filter(|s| !s.is_empty());
    let mut body = body.trim().to_string();
    let heading = body
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("# "))
        .map(|h| h.trim().to_string());
    let title = match (field("title"), heading) {
        (Some(t), Some(h)) if t == h => {
            body = body
                .split_once('\n')
                .map_or("", |(_, r)| r)
                .trim()
                .to_string();
            t.to_string()
        }
        (Some(t), _) => t.to_string(),
        (None, Some(h)) => {
            body = body
                .split_once('\n')
                .map_or("", |(_, r)| r)
                .trim()
                .to_string();
            h
        }
        // A daily note's name is its day; any other name is its title.
        (None, None) => {
            let s = stem(path);
            let rest = if leading_day(s).is_some() {
                &s[10..]
            } else {
                s
            };
            rest.trim().to_string()
        }
    };
    let day = field("date")
        .or(field("created"))
        .and_then(leading_day)
        .or_else(|| leading_day(stem(path)));
    let Some(day) = day else {
        read.skipped.push(skipped(
            position,
            path.to_string(),
            "it has no day: give it a `date: YYYY-MM-DD` property, or a file name that starts with the day",
        ));
        return;
    };
    let kind = field("kind");
    if kind.is_some_and(|k| EntryKind::parse(k).is_none()) {
        read.skipped.push(skipped(
            position,
            title,
            "it is a Waypoint document, not an entry; the JSON export brings documents back",
        ));
        return;
    }
    read.candidates.push(Candidate {
        position,
        draft: EntryDraft {
            title,
            body,
            kind: kind.and_then(EntryKind::parse),
            entry_date: Some(day.to_string()),
            tags: tags_of(&front["tags"]),
        },
        starred: front["starred"].as_bool().unwrap_or(false),
    });
}

fn unreadable(path: &Path, e: std::io::Error) -> Error {
    Error::invalid(format!("{} could not be read: {e}.", path.display()))
}

/// The Markdown notes under `dir` (its sub-folders too, but not hidden ones such as
/// `.obsidian` or `.trash`), each named by its path inside `dir`, in a stable order.
pub fn notes_in_folder(dir: &Path) -> Result<Vec<IncomingFile>> {
    let mut out = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let mut items: Vec<_> = std::fs::read_dir(&folder)
            .map_err(|e| unreadable(&folder, e))?
            .collect::<std::io::Result<_>>()
            .map_err(|e| unreadable(&folder, e))?;
        items.sort_by_key(|i| i.file_name());
        for item in items {
            let (path, name) = (
                item.path(),
                item.file_name().to_string_lossy().to_lowercase(),
            );
            if name.starts_with('.') {
                continue;
            }
            if path.is_dir() {
                folders.push(path);
            } else if name.ends_with(".md") || name.ends_with(".markdown") {
                out.push(IncomingFile {
                    name: path
                        .strip_prefix(dir)
                        .unwrap_or(&path)
                        .to_string_lossy()
                        .into(),
                    bytes: std::fs::read(&path).map_err(|e| unreadable(&path, e))?,
                });
            }
        }
    }
    Ok(out)
}

pub(crate) fn read(files: &[IncomingFile]) -> Result<Read> {
    let mut read = Read::default();
    let mut others = 0;
    let mut files: Vec<&IncomingFile> = files.iter().collect();
    files.sort_by(|a, b| a.name.cmp(&b.name));
    for (i, f) in files.iter().enumerate() {
        let position = i as u32 + 1;
        let lower = f.name.to_lowercase();
        if !(lower.ends_with(".md") || lower.ends_with(".markdown")) {
            others += 1;
            continue;
        }
        match std::str::from_utf8(f.bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&f.bytes)) {
            Ok(text) => note(&f.name, text, position, &mut read),
            Err(e) => read.skipped.push(skipped(
                position,
                f.name.clone(),
                format!("it is not text (invalid UTF-8 at byte {})", e.valid_up_to()),
            )),
        }
    }
    if read.candidates.is_empty() && read.skipped.is_empty() {
        return Err(Error::invalid_field(
            "files",
            "There is no Markdown note (.md file) among the files chosen. Choose the folder of notes, or the .md files in it.",
        ));
    }
    if others > 0 {
        read.notes.push(ImportNote {
            position: 0,
            title: String::new(),
            note: match others {
                1 => "1 file that is not Markdown (an attachment or a setting) was left out".into(),
                n => {
                    format!("{n} files that are not Markdown (attachments, settings) were left out")
                }
            },
        });
    }
    Ok(read)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_found_only_at_the_top() {
        assert_eq!(
            split_front_matter("---\ntitle: a\n---\nBody"),
            Some(("title: a\n", "Body"))
        );
        assert_eq!(split_front_matter("Body\n---\nx\n---\n"), None);
        assert_eq!(split_front_matter("---\nnever closed\n"), None);
    }

    #[test]
    fn names_give_days_and_titles() {
        assert_eq!(stem("vault/daily/2024-03-01.md"), "2024-03-01");
        assert_eq!(
            leading_day("2021-05-24 13:20:18Z"),
            NaiveDate::from_ymd_opt(2021, 5, 24)
        );
        assert_eq!(leading_day("Ideas"), None);
    }
}
