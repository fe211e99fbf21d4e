//! A document as a Markdown file other tools read: YAML front matter written field by field
//! (so the output is byte-stable), then the body as it is.

use crate::documents::{Document, DocumentKind};
use crate::journal::Entry;
use crate::time::stamp;

/// A YAML double-quoted string: backslash, quote and control characters escaped.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A YAML flow sequence of quoted strings, so a tag such as `2026` or `no` stays a string.
fn list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| quoted(s)).collect();
    format!("[{}]", quoted.join(", "))
}

/// An entry as a Markdown file: flat properties (Obsidian reads them), then its text.
pub fn entry_file(e: &Entry) -> String {
    format!(
        "---\ntitle: {}\ndate: {}\nkind: {}\ntags: {}\nstarred: {}\ncreated: {}\nupdated: {}\n---\n\n{}",
        quoted(&e.title),
        e.entry_date,
        e.kind.as_str(),
        list(&e.tags),
        e.starred,
        stamp(e.created_at),
        stamp(e.updated_at),
        e.body
    )
}

pub fn markdown_file(doc: &Document) -> String {
    format!(
        "---\ntitle: {}\nkind: {}\ncreated: {}\nupdated: {}\ntags: {}\n---\n\n{}",
        quoted(&doc.title),
        doc.kind.id(),
        stamp(doc.created_at),
        stamp(doc.updated_at),
        list(&doc.tags),
        doc.body
    )
}

/// The `kind:` a file's YAML front matter gives (as this module writes it), so a document
/// exported from Waypoint is checked as what it is; none without front matter or a known kind.
pub fn kind_in_front_matter(text: &str) -> Option<DocumentKind> {
    let mut lines = text.lines();
    if lines.next()?.trim_end() != "---" {
        return None;
    }
    lines
        .take_while(|l| !matches!(l.trim_end(), "---" | "..."))
        .find_map(|l| l.strip_prefix("kind:"))
        .and_then(|v| DocumentKind::parse(v.trim().trim_matches(['"', '\''])).ok())
}

#[cfg(test)]
mod tests {
    #[test]
    fn titles_are_quoted_so_any_text_is_valid_yaml() {
        assert_eq!(
            super::quoted("Q2: \"the\" brief\\"),
            "\"Q2: \\\"the\\\" brief\\\\\""
        );
        assert_eq!(super::quoted("a\u{7}"), "\"a\\u0007\"");
    }

    #[test]
    fn the_kind_is_read_back_from_front_matter() {
        use super::kind_in_front_matter as kind;
        use crate::documents::DocumentKind::*;
        assert_eq!(
            kind("---\ntitle: \"x\"\nkind: brief\n---\n\nText"),
            Some(Brief)
        );
        assert_eq!(kind("---\r\nkind: \"pr-faq\"\r\n---\r\n"), Some(PrFaq));
        assert_eq!(
            kind("---\ntitle: x\n---\nkind: brief\n"),
            None,
            "after the front matter"
        );
        assert_eq!(kind("kind: brief\n"), None, "no front matter");
        assert_eq!(kind("---\nkind: memo\n---\n"), None, "not a kind");
    }

    #[test]
    fn tags_are_a_list_of_strings() {
        assert_eq!(super::list(&[]), "[]");
        assert_eq!(
            super::list(&["2026".into(), "no".into(), "exec-communication".into()]),
            "[\"2026\", \"no\", \"exec-communication\"]"
        );
    }
}
