//! A readable word-level diff between two texts (`similar`), as runs of kept, added and
//! removed text. Changes separated only by spaces are one change ("We should" → "I recommend
//! we", not four one-word swaps); spaces stay with the words, so the runs join back into
//! either text.

use serde::Serialize;
use similar::{ChangeTag, TextDiff};
use specta::Type;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Same,
    Added,
    Removed,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct DiffPart {
    pub change: Change,
    pub text: String,
}

pub fn word_diff(old: &str, new: &str) -> Vec<DiffPart> {
    let diff = TextDiff::from_words(old, new);
    let mut parts: Vec<DiffPart> = Vec::new();
    // The change being gathered: what it removes and what it adds, and the spaces seen since
    // its last changed word (kept only if another change follows).
    let mut removed = String::new();
    let mut added = String::new();
    let mut spaces = String::new();
    let flush = |parts: &mut Vec<DiffPart>, removed: &mut String, added: &mut String| {
        for (change, text) in [(Change::Removed, removed), (Change::Added, added)] {
            if !text.is_empty() {
                parts.push(DiffPart {
                    change,
                    text: std::mem::take(text),
                });
            }
        }
    };
    for c in diff.iter_all_changes() {
        let value = c.value();
        let changing = !removed.is_empty() || !added.is_empty();
        match c.tag() {
            ChangeTag::Equal if changing && value.trim().is_empty() => spaces.push_str(value),
            ChangeTag::Equal => {
                flush(&mut parts, &mut removed, &mut added);
                let text = std::mem::take(&mut spaces) + value;
                match parts.last_mut() {
                    Some(last) if last.change == Change::Same => last.text.push_str(&text),
                    _ => parts.push(DiffPart {
                        change: Change::Same,
                        text,
                    }),
                }
            }
            tag => {
                if !spaces.is_empty() {
                    removed.push_str(&spaces);
                    added.push_str(&std::mem::take(&mut spaces));
                }
                if tag == ChangeTag::Delete {
                    removed.push_str(value);
                } else {
                    added.push_str(value);
                }
            }
        }
    }
    flush(&mut parts, &mut removed, &mut added);
    if !spaces.is_empty() {
        parts.push(DiffPart {
            change: Change::Same,
            text: spaces,
        });
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn join(parts: &[DiffPart], keep: Change) -> String {
        parts
            .iter()
            .filter(|p| p.change == Change::Same || p.change == keep)
            .map(|p| p.text.as_str())
            .collect()
    }

    #[test]
    fn words_changed_and_both_texts_recoverable() {
        let old = "We should move billing in March.\n\nIt costs two engineers.";
        let new = "I recommend we move billing by March 31.\n\nIt costs two engineers.";
        let parts = word_diff(old, new);
        assert_eq!(join(&parts, Change::Removed), old);
        assert_eq!(join(&parts, Change::Added), new);
        let removed: Vec<&str> = parts
            .iter()
            .filter(|p| p.change == Change::Removed)
            .map(|p| p.text.trim())
            .collect();
        let added: Vec<&str> = parts
            .iter()
            .filter(|p| p.change == Change::Added)
            .map(|p| p.text.trim())
            .collect();
        assert_eq!(removed, ["We should", "in March."], "{parts:?}");
        assert_eq!(added, ["I recommend we", "by March 31."], "{parts:?}");
        assert!(parts
            .iter()
            .any(|p| p.change == Change::Same && p.text.contains("It costs two engineers.")));
    }
}
