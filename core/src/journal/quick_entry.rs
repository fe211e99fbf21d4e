//! An entry written in one line, as jrnl users write them (`waypoint add`): the first
//! sentence is the title, `@words` are tags, and the day may be "today" or "yesterday".

use chrono::NaiveDate;

use super::types::{EntryDraft, EntryKind};

/// What was typed: the text, and what the user gave besides it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuickEntry {
    pub text: String,
    /// A title given apart from the text; then the whole text is the body.
    pub title: Option<String>,
    pub tags: Vec<String>,
    /// `YYYY-MM-DD`, "today" or "yesterday" (any case); validated like any entry date.
    pub date: Option<String>,
    pub kind: Option<EntryKind>,
}

impl QuickEntry {
    /// Whether there is anything to save (a title or some text).
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.title.as_deref().is_none_or(|t| t.trim().is_empty())
    }

    /// The draft it stands for on `today`; the store validates it as it would any draft.
    pub fn draft(&self, today: NaiveDate) -> EntryDraft {
        let (title, body) = match &self.title {
            Some(t) => (t.clone(), self.text.trim().to_string()),
            None => split_title(&self.text),
        };
        let mut tags = self.tags.clone();
        tags.extend(inline_tags(&self.text));
        EntryDraft {
            title,
            body,
            kind: self.kind,
            entry_date: self.date.as_deref().map(|d| relative_date(d, today)),
            tags,
        }
    }
}

/// jrnl's rule: the first sentence (up to `.`, `?` or `!` followed by a space, or the first
/// line) is the title, the rest is the body.
pub(crate) fn split_title(text: &str) -> (String, String) {
    let text = text.trim();
    let first_line_end = text.find('\n').unwrap_or(text.len());
    let sentence_end = text[..first_line_end]
        .char_indices()
        .find(|(i, c)| {
            matches!(c, '.' | '?' | '!') && text[i + 1..].starts_with(char::is_whitespace)
        })
        .map(|(i, _)| i + 1);
    let cut = sentence_end.unwrap_or(first_line_end);
    (
        text[..cut].trim().to_string(),
        text[cut..].trim().to_string(),
    )
}

/// `@word` tags written inline.
fn inline_tags(text: &str) -> Vec<String> {
    text.split_whitespace()
        .filter_map(|w| w.strip_prefix('@'))
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn relative_date(s: &str, today: NaiveDate) -> String {
    match s.trim().to_lowercase().as_str() {
        "today" => today.to_string(),
        "yesterday" => today.pred_opt().unwrap_or(today).to_string(),
        _ => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn first_sentence_is_the_title() {
        assert_eq!(
            split_title("Met the CFO. Learned how the P&L works."),
            ("Met the CFO.".into(), "Learned how the P&L works.".into())
        );
        assert_eq!(
            split_title("No sentence end\nBody here"),
            ("No sentence end".into(), "Body here".into())
        );
        assert_eq!(
            split_title("Version 2.1 shipped"),
            ("Version 2.1 shipped".into(), String::new())
        );
    }

    #[test]
    fn inline_tags_are_found() {
        assert_eq!(
            inline_tags("Board prep with @cfo and @exec-comms, done."),
            vec!["cfo", "exec-comms"]
        );
    }

    #[test]
    fn today_and_yesterday_are_days_and_other_dates_are_left_to_validation() {
        let today = day("2028-03-01");
        assert_eq!(relative_date("Yesterday", today), "2028-02-29");
        assert_eq!(relative_date(" today ", today), "2028-03-01");
        assert_eq!(relative_date("last week", today), "last week");
    }

    #[test]
    fn a_quick_entry_becomes_a_draft() {
        let q = QuickEntry {
            text: "Board prep with @cfo. Margins first, then the ask.".into(),
            tags: vec!["finance".into()],
            date: Some("yesterday".into()),
            ..QuickEntry::default()
        };
        assert!(!q.is_empty());
        let d = q.draft(day("2026-01-01"));
        assert_eq!(d.title, "Board prep with @cfo.");
        assert_eq!(d.body, "Margins first, then the ask.");
        assert_eq!(d.tags, vec!["finance", "cfo"]);
        assert_eq!(d.entry_date.as_deref(), Some("2025-12-31"));
        let titled = QuickEntry {
            text: " Body only. ".into(),
            title: Some("Given".into()),
            ..QuickEntry::default()
        };
        assert_eq!(
            (
                titled.draft(day("2026-01-01")).title,
                titled.draft(day("2026-01-01")).body
            ),
            ("Given".to_string(), "Body only.".to_string())
        );
        assert!(QuickEntry {
            text: "  ".into(),
            title: Some(" ".into()),
            ..QuickEntry::default()
        }
        .is_empty());
    }
}
