//! A short plain-text preview of a Markdown body, for lists: the words a reader sees, without
//! markup, raw HTML or link targets.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

const EXCERPT_CHARS: usize = 160;

/// The first words of `body` as plain text, line breaks flattened, cut with "…".
pub fn plain_excerpt(body: &str) -> String {
    let mut out = String::with_capacity(EXCERPT_CHARS + 8);
    // Inside raw `<script>` or `<style>`: code, never words a reader sees (nor shown in the preview).
    let mut in_code = false;
    for event in Parser::new(body) {
        match event {
            Event::Html(h) | Event::InlineHtml(h) => in_code = raw_code_after(&h, in_code),
            Event::Text(_) if in_code => {}
            Event::Text(t) | Event::Code(t) => push_words(&mut out, &t),
            // A nested list starts inside its parent item, before that item ends.
            Event::SoftBreak | Event::HardBreak | Event::Start(Tag::Item) => {
                push_words(&mut out, " ")
            }
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

/// Whether text after this piece of raw HTML is still inside a script or style element.
fn raw_code_after(html: &str, inside: bool) -> bool {
    let lower = html.to_ascii_lowercase();
    let opened = ["<script", "<style"]
        .iter()
        .filter_map(|t| lower.rfind(t))
        .max();
    let closed = ["</script", "</style"]
        .iter()
        .filter_map(|t| lower.rfind(t))
        .max();
    match (opened, closed) {
        (Some(o), Some(c)) => o > c,
        (Some(_), None) => true,
        (None, Some(_)) => false,
        (None, None) => inside,
    }
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
            "before after"
        );
        assert_eq!(
            plain_excerpt("<style>\nbody { color: red }\n</style>\n\nWords <SCRIPT src=x>\nsteal()</SCRIPT> stay"),
            "Words stay"
        );
    }

    #[test]
    fn list_items_keep_a_space_between_them() {
        assert_eq!(
            plain_excerpt("- one\n- two\n  - three\n\n1. four"),
            "one two three four"
        );
    }

    #[test]
    fn cuts_long_bodies() {
        let e = plain_excerpt(&"word ".repeat(100));
        assert!(e.ends_with('…'));
        assert!(e.chars().count() <= EXCERPT_CHARS + 1);
    }
}
