//! FTS5 indexes an entry's Markdown as written, so its snippets carry the syntax
//! (`# Pricing review Learned how **gross margin**`). This takes the syntax out, line by line,
//! so a snippet reads like the list's plain excerpts. The hit markers pass through untouched.

use super::snippet::{HIT_END, HIT_START};

/// `marked` (FTS5 snippet output, hits between the markers) without Markdown syntax.
pub(super) fn without_markup(marked: &str) -> String {
    marked
        .split('\n')
        .map(|line| inline(block_prefix(line)))
        .collect::<Vec<_>>()
        .join("\n")
}

fn is_marker(c: char) -> bool {
    c == HIT_START || c == HIT_END
}

/// The line without a heading's `#`s, a quote's `>`, or a list item's marker (`-`, `*`, `+`,
/// `1.`, a task's `[ ]`). Markers before them stay.
fn block_prefix(line: &str) -> String {
    let lead: String = line.chars().take_while(|&c| is_marker(c)).collect();
    let mut rest = line[lead.len()..].trim_start();
    loop {
        let before = rest;
        rest = rest.trim_start_matches('>').trim_start();
        if let Some(after) = rest.strip_prefix(['#']) {
            rest = after.trim_start_matches('#');
            if rest.starts_with(' ') || rest.is_empty() {
                rest = rest.trim_start();
            } else {
                rest = before; // `#hashtag`, not a heading
                break;
            }
        }
        for bullet in ["- ", "* ", "+ "] {
            if let Some(after) = rest.strip_prefix(bullet) {
                rest = after.trim_start();
            }
        }
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 {
            if let Some(after) = rest[digits..].strip_prefix(". ") {
                rest = after.trim_start();
            }
        }
        for task in ["[ ] ", "[x] ", "[X] "] {
            if let Some(after) = rest.strip_prefix(task) {
                rest = after;
            }
        }
        if rest == before {
            break;
        }
    }
    format!("{lead}{rest}")
}

/// Emphasis and code delimiters (`**`, `_`, `` ` ``, `~~`) where they flank words, and link
/// syntax (`[text](target)` becomes `text`). `my_var_name` and `2*3` keep their characters.
fn inline(line: String) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if matches!(c, '*' | '_' | '`' | '~') {
            let end = i + chars[i..].iter().take_while(|&&d| d == c).count();
            let before = neighbour(&chars[..i].iter().rev().copied().collect::<Vec<_>>());
            let after = neighbour(&chars[end..]);
            let word = |n: Option<char>| n.is_some_and(char::is_alphanumeric);
            let delimiter = c == '`' || !(word(before) && word(after));
            if !delimiter || (c == '~' && end - i < 2) {
                out.extend(&chars[i..end]);
            }
            i = end;
        } else if c == ']' && chars.get(i + 1) == Some(&'(') {
            // The target of a link: skipped to its closing parenthesis, or the snippet's end.
            let close = chars[i..].iter().position(|&d| d == ')');
            i = close.map_or(chars.len(), |p| i + p + 1);
        } else if c == '[' || (c == '!' && chars.get(i + 1) == Some(&'[')) {
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// The first character in `side` that is not a hit marker: what a delimiter really touches.
fn neighbour(side: &[char]) -> Option<char> {
    side.iter().copied().find(|&c| !is_marker(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_emphasis_and_lists_lose_their_syntax() {
        assert_eq!(
            without_markup("# Pricing review\nLearned how **gross \u{2}margin\u{3}** moves"),
            "Pricing review\nLearned how gross \u{2}margin\u{3} moves"
        );
        assert_eq!(
            without_markup("- one\n* two\n1. three\n> - [ ] four"),
            "one\ntwo\nthree\nfour"
        );
        assert_eq!(
            without_markup("read [the \u{2}P&L\u{3} primer](https://example.com/pnl) and `code`"),
            "read the \u{2}P&L\u{3} primer and code"
        );
    }

    #[test]
    fn characters_inside_words_and_hashtags_stay() {
        assert_eq!(
            without_markup("Renamed my_var_name, 2*3 is 6, #hashtag and ~one~"),
            "Renamed my_var_name, 2*3 is 6, #hashtag and ~one~"
        );
        assert_eq!(without_markup("~~struck~~ _em_"), "struck em");
    }
}
