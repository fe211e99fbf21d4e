//! Input rules for entries. Every rejection says what is wrong, where, and how to fix it;
//! validation happens before any write, so a rejected draft changes nothing.

use chrono::{Datelike, Days, NaiveDate};

use super::types::{EntryDraft, EntryKind};
use crate::error::{Error, Problems, Result};

/// Largest body accepted: 1 MiB of Markdown is roughly 150,000 words — a book, not an entry.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;
pub const MAX_TITLE_CHARS: usize = 300;
pub const MAX_TAGS: usize = 30;
pub const MAX_TAG_CHARS: usize = 40;
/// Entries may be dated from this year on ...
pub const MIN_YEAR: i32 = 1900;
/// ... and up to this many days ahead of today (planning entries ahead is fine; 2999 is a typo).
pub const MAX_DAYS_AHEAD: u64 = 366;

/// A draft that passed every rule, normalised.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidDraft {
    pub title: String,
    pub body: String,
    pub kind: EntryKind,
    pub entry_date: NaiveDate,
    pub tags: Vec<String>,
}

/// Checks every field at once, so a draft with several problems reports them all.
pub fn draft(d: &EntryDraft, today: NaiveDate) -> Result<ValidDraft> {
    let mut p = Problems::default();
    let title = p.check("title", title(&d.title));
    let body = p.check("body", body(&d.body));
    let entry_date = match d.entry_date.as_deref() {
        None => Some(today),
        Some(s) => p.check("entry_date", entry_date(s.trim(), today)),
    };
    let tags = checked_tags(&d.tags, &mut p);
    p.finish()?;
    let (Some(title), Some(body), Some(entry_date)) = (title, body, entry_date) else {
        unreachable!("finish() returns the problem of every field that failed");
    };
    Ok(ValidDraft {
        title,
        body,
        kind: d.kind.unwrap_or(EntryKind::Reflection),
        entry_date,
        tags,
    })
}

pub fn title(raw: &str) -> Result<String> {
    let t = raw.trim();
    if t.contains(['\n', '\r']) {
        return Err(Error::invalid(
            "The title has a line break: keep the title to one line and put the rest in the body.",
        ));
    }
    let n = t.chars().count();
    if n > MAX_TITLE_CHARS {
        return Err(Error::invalid(format!(
            "The title is {n} characters long; the limit is {MAX_TITLE_CHARS}. Shorten it and move the rest into the body."
        )));
    }
    reject_control_chars(t, "title")?;
    Ok(t.to_string())
}

pub fn body(raw: &str) -> Result<String> {
    if raw.len() > MAX_BODY_BYTES {
        return Err(Error::invalid(format!(
            "The body is {} KiB; the limit is {} KiB per entry. Split it into several entries.",
            raw.len() / 1024,
            MAX_BODY_BYTES / 1024
        )));
    }
    reject_control_chars(raw, "body")?;
    Ok(raw.to_string())
}

pub(crate) fn reject_control_chars(s: &str, field: &str) -> Result<()> {
    if let Some((i, c)) = s
        .char_indices()
        .find(|(_, c)| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        let line = s[..i].matches('\n').count() + 1;
        return Err(Error::invalid(format!(
            "The {field} contains an invisible control character (U+{:04X}) on line {line}. \
             It usually comes from pasting terminal output; delete it and save again.",
            c as u32
        )));
    }
    Ok(())
}

/// Parses an entry date (`YYYY-MM-DD`) and checks it is plausible.
pub fn entry_date(s: &str, today: NaiveDate) -> Result<NaiveDate> {
    if s.is_empty() {
        return Err(Error::invalid(format!(
            "The entry date is empty. Write the day the entry is about as YYYY-MM-DD, for example {}.",
            today.format("%Y-%m-%d")
        )));
    }
    let date = NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| {
        Error::invalid(format!(
            "\"{s}\" is not a valid date. Write it as YYYY-MM-DD, for example {}.",
            today.format("%Y-%m-%d")
        ))
    })?;
    let latest = today
        .checked_add_days(Days::new(MAX_DAYS_AHEAD))
        .unwrap_or(NaiveDate::MAX);
    if date.year() < MIN_YEAR || date > latest {
        return Err(Error::invalid(format!(
            "The date {s} is out of range: entries can be dated from {MIN_YEAR}-01-01 to {} (a year from today).",
            latest.format("%Y-%m-%d")
        )));
    }
    Ok(date)
}

/// Normalises tags: trims, drops a leading `#` or `@` (jrnl style), lower-cases, removes
/// duplicates (keeping the first order). A tag is one word of letters, digits, `-`, `_` or `/`.
/// Every bad tag is reported, each with its own reason.
pub fn tags(raw: &[String]) -> Result<Vec<String>> {
    let mut p = Problems::default();
    let tags = checked_tags(raw, &mut p);
    p.finish().map(|()| tags)
}

/// The tags that pass, with a problem (field `tags`) for each that does not and for too many.
fn checked_tags(raw: &[String], p: &mut Problems) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for r in raw {
        if let Some(t) = p.check("tags", tag(r)) {
            if !out.contains(&t) {
                out.push(t);
            }
        }
    }
    if out.len() > MAX_TAGS {
        p.add(
            "tags",
            format!(
                "That is {} tags; the limit is {MAX_TAGS}. Remove a few.",
                out.len()
            ),
        );
    }
    out
}

pub fn tag(raw: &str) -> Result<String> {
    let trimmed = raw.trim();
    let t = trimmed
        .strip_prefix(['#', '@'])
        .unwrap_or(trimmed)
        .to_lowercase();
    if t.is_empty() {
        return Err(Error::invalid(
            "A tag is empty. Type a word, for example \"strategy\".",
        ));
    }
    if t.chars().any(char::is_whitespace) {
        return Err(Error::invalid(format!(
            "The tag \"{trimmed}\" has a space. A tag is one word; join words with '-', for example \"{}\".",
            t.split_whitespace().collect::<Vec<_>>().join("-")
        )));
    }
    if let Some(bad) = t
        .chars()
        .find(|c| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '/')))
    {
        return Err(Error::invalid(format!(
            "The tag \"{trimmed}\" contains '{bad}'. Tags may use letters, digits, '-', '_' and '/' \
             (for nesting, as in \"competency/coaching\")."
        )));
    }
    if !t.starts_with(char::is_alphanumeric) {
        return Err(Error::invalid(format!(
            "The tag \"{trimmed}\" must start with a letter or a digit."
        )));
    }
    let n = t.chars().count();
    if n > MAX_TAG_CHARS {
        return Err(Error::invalid(format!(
            "The tag \"{trimmed}\" is {n} characters long; the limit is {MAX_TAG_CHARS}."
        )));
    }
    Ok(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn tags_are_normalised() {
        let raw = vec![
            "#Strategy".into(),
            " @exec-comms ".into(),
            "strategy".into(),
            "competency/coaching".into(),
        ];
        assert_eq!(
            tags(&raw).unwrap(),
            vec!["strategy", "exec-comms", "competency/coaching"]
        );
    }

    #[test]
    fn bad_tags_say_why() {
        let e = tag("two words").unwrap_err();
        assert!(e.message.contains("two-words"), "{}", e.message);
        let e = tag("p&l").unwrap_err();
        assert!(e.message.contains("'&'"), "{}", e.message);
        assert!(tag("  ").is_err());
        assert!(tag("-lead").is_err());
        assert!(tag(&"x".repeat(41)).is_err());
        let many: Vec<String> = (0..31).map(|i| format!("t{i}")).collect();
        assert!(tags(&many).unwrap_err().message.contains("31 tags"));
    }

    #[test]
    fn dates_must_be_real_and_plausible() {
        let today = day("2026-11-24");
        assert_eq!(entry_date("2026-02-28", today).unwrap(), day("2026-02-28"));
        assert!(entry_date("2026-02-30", today)
            .unwrap_err()
            .message
            .contains("YYYY-MM-DD"));
        assert!(entry_date("yesterday", today).is_err());
        assert!(entry_date("1899-12-31", today)
            .unwrap_err()
            .message
            .contains("out of range"));
        assert!(entry_date("2999-01-01", today)
            .unwrap_err()
            .message
            .contains("out of range"));
        assert!(entry_date("2027-11-24", today).is_ok());
        assert!(entry_date("2027-11-26", today).is_err());
    }

    #[test]
    fn a_missing_date_means_today_but_an_empty_one_is_an_error() {
        let today = day("2026-11-24");
        let d = draft(&EntryDraft::default(), today).unwrap();
        assert_eq!(d.entry_date, today);
        assert_eq!(d.kind, EntryKind::Reflection);
        let e = draft(
            &EntryDraft {
                entry_date: Some(" ".into()),
                ..Default::default()
            },
            today,
        )
        .unwrap_err();
        assert!(e.message.contains("date is empty"), "{}", e.message);
    }

    #[test]
    fn body_and_title_limits() {
        assert!(body(&"a".repeat(MAX_BODY_BYTES)).is_ok());
        assert!(body(&"a".repeat(MAX_BODY_BYTES + 1))
            .unwrap_err()
            .message
            .contains("limit"));
        assert!(title("one\ntwo").is_err());
        assert!(title(&"t".repeat(301)).is_err());
        assert_eq!(title("  Hello  ").unwrap(), "Hello");
        let e = body("line one\nline \u{1b}[31m two").unwrap_err();
        assert!(e.message.contains("line 2"), "{}", e.message);
    }
}
