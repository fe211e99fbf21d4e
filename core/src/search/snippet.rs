//! Highlighted snippets as spans of plain text, so no HTML is ever built from user text: the UI
//! renders `hit` spans as `<mark>` text nodes, the command line as brackets or colour.

use serde::Serialize;
use specta::Type;

/// The markers `search::run` hands to FTS5's `snippet()` as `char(2)` and `char(3)`: control
/// characters that validation keeps out of entries, so they cannot collide with user text.
pub(super) const HIT_START: char = '\u{2}';
pub(super) const HIT_END: char = '\u{3}';

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct SnippetSpan {
    pub text: String,
    /// True for the words that matched the search.
    pub hit: bool,
}

/// Splits FTS5 snippet output into plain and highlighted spans, without Markdown syntax; line
/// breaks become spaces.
pub(crate) fn spans(marked: &str) -> Vec<SnippetSpan> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut hit = false;
    for c in super::snippet_markup::without_markup(marked).chars() {
        match c {
            HIT_START | HIT_END => {
                if !current.is_empty() {
                    out.push(SnippetSpan {
                        text: std::mem::take(&mut current),
                        hit,
                    });
                }
                hit = c == HIT_START;
            }
            '\n' | '\r' | '\t' => {
                if !current.ends_with(' ') {
                    current.push(' ');
                }
            }
            c => current.push(c),
        }
    }
    if !current.is_empty() {
        out.push(SnippetSpan { text: current, hit });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_marked_text() {
        let s = spans("…learn the \u{2}P&L\u{3} this\nquarter");
        assert_eq!(
            s,
            vec![
                SnippetSpan {
                    text: "…learn the ".into(),
                    hit: false
                },
                SnippetSpan {
                    text: "P&L".into(),
                    hit: true
                },
                SnippetSpan {
                    text: " this quarter".into(),
                    hit: false
                },
            ]
        );
    }

    #[test]
    fn snippets_read_as_plain_text() {
        let text: String = spans("# Pricing review\nLearned how **gross \u{2}margin\u{3}**")
            .into_iter()
            .map(|s| s.text)
            .collect();
        assert_eq!(text, "Pricing review Learned how gross margin");
    }
}
