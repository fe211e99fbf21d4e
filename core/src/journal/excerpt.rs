//! A short plain-text preview of a Markdown body, for lists: the words a reader sees, without
//! markup, raw HTML or link targets.

use pulldown_cmark::{Event, Parser, TagEnd};

const EXCERPT_CHARS: usize = 160;

/// The first words of `body` as plain text, line breaks flattened, cut with "…".
pub fn plain_excerpt(body: &str) -> String {
    let mut out = String::with_capacity(EXCERPT_CHARS + 8);
    for event in Parser::new(body) {
        match event {
            Event::Text(t) | Event::Code(t) => push_words(&mut out, &t),
            Event::SoftBreak | Event::HardBreak => push_words(&mut out, " "),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::CodeBlock,
            ) => push_words(&mut out, " "),
            _ => {}
        }
        if out.chars().count() > EXCERPT_CHARS {
            let cut: String = out.chars().take(EXCERPT_CHARS).collect();
            return format!("{}…", cut.trim_end());
        }
    }
    out.trim().to_string()
}

/// Appends text with runs of white space folded to one space.
fn push_words(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flattens_markdown() {
        assert_eq!(
            plain_excerpt(
                "# Title\n\n- **bold** item\n> quote `code` and [a link](https://x.example)"
            ),
            "Title bold item quote code and a link"
        );
    }

    #[test]
    fn keeps_identifiers_and_drops_raw_html() {
        assert_eq!(
            plain_excerpt("Renamed `__init__` and my_var_name."),
            "Renamed __init__ and my_var_name."
        );
        assert_eq!(
            plain_excerpt("before <script>alert(1)</script> after"),
            "before alert(1) after"
        );
    }

    #[test]
    fn cuts_long_bodies() {
        let e = plain_excerpt(&"word ".repeat(100));
        assert!(e.ends_with('…'));
        assert!(e.chars().count() <= EXCERPT_CHARS + 1);
    }
}
