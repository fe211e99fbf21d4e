//! Quantified impact: the sentence of a text that carries a number a reader can weigh (a
//! percentage, an amount of money, a multiple, a count of hours, users or incidents). Stories
//! and talking points lead with such sentences, as the brag-document advice asks.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// Longest sentence quoted; longer ones are cut with "…".
const MAX_CHARS: usize = 240;

/// Words after a number that make it an impact figure ("40 hours", "3 teams").
const UNITS: [&str; 24] = [
    "%",
    "percent",
    "x",
    "×",
    "times",
    "hours",
    "hour",
    "h",
    "minutes",
    "min",
    "ms",
    "days",
    "weeks",
    "users",
    "customers",
    "engineers",
    "teams",
    "incidents",
    "tickets",
    "requests",
    "k",
    "m",
    "bn",
    "services",
];
const CURRENCY: [char; 4] = ['$', '€', '£', '¥'];

/// The Markdown's prose as sentences (code blocks, HTML and link targets left out).
fn sentences(markdown: &str) -> Vec<String> {
    let mut text = String::new();
    let mut in_code = false;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            Event::Text(t) | Event::Code(t) if !in_code => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => text.push('\n'),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for line in text.lines() {
        let mut start = 0;
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        for (i, &(at, c)) in chars.iter().enumerate() {
            let next = chars.get(i + 1).map(|&(_, n)| n);
            if matches!(c, '.' | '!' | '?') && next.is_none_or(char::is_whitespace) {
                out.push(line[start..at + c.len_utf8()].trim().to_string());
                start = at + c.len_utf8();
            }
        }
        out.push(line[start..].trim().to_string());
    }
    out.retain(|s| !s.is_empty());
    out
}

/// Whether a sentence states a figure: a number with a unit after it or a currency sign before.
fn is_quantified(sentence: &str) -> bool {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        let w = w.trim_matches(|c: char| matches!(c, ',' | '.' | ';' | ':' | '(' | ')'));
        let Some(first_digit) = w.find(|c: char| c.is_ascii_digit()) else {
            return false;
        };
        if w[..first_digit].chars().any(|c| CURRENCY.contains(&c)) {
            return true;
        }
        let tail = w[first_digit..]
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',')
            .to_lowercase();
        let next = words.get(i + 1).map(|n| {
            n.trim_matches(|c: char| !c.is_alphanumeric() && c != '%')
                .to_lowercase()
        });
        UNITS.contains(&tail.as_str())
            || (tail.is_empty() && next.is_some_and(|n| UNITS.contains(&n.as_str())))
    })
}

/// The first sentence of `markdown` that states a figure, cut to a readable length.
pub fn quantified_sentence(markdown: &str) -> Option<String> {
    let s = sentences(markdown).into_iter().find(|s| is_quantified(s))?;
    Some(if s.chars().count() > MAX_CHARS {
        let cut: String = s.chars().take(MAX_CHARS).collect();
        format!("{}…", cut.trim_end())
    } else {
        s
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_sentence_with_a_figure() {
        let text =
            "# Migration\n\nIt went well. We cut p95 latency by 38% for checkout.\n\nMore later.";
        assert_eq!(
            quantified_sentence(text).as_deref(),
            Some("We cut p95 latency by 38% for checkout.")
        );
        assert_eq!(
            quantified_sentence("Saved €120k a year. Fine.").as_deref(),
            Some("Saved €120k a year.")
        );
        assert_eq!(
            quantified_sentence("On-call pages fell to 3 incidents a month").as_deref(),
            Some("On-call pages fell to 3 incidents a month")
        );
        assert_eq!(
            quantified_sentence("Builds are 4x faster now.").as_deref(),
            Some("Builds are 4x faster now.")
        );
    }

    #[test]
    fn dates_versions_and_code_are_not_figures() {
        assert_eq!(
            quantified_sentence("Met on 2026-03-04 about v2 of the API."),
            None
        );
        assert_eq!(
            quantified_sentence("```\nlatency 50%\n```\nNothing here."),
            None
        );
        assert_eq!(quantified_sentence("Q3 went well, as did 2025."), None);
    }
}
