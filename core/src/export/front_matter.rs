//! A document as a Markdown file other tools read: YAML front matter written field by field
//! (so the output is byte-stable), then the body as it is.

use crate::documents::Document;
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
    fn tags_are_a_list_of_strings() {
        assert_eq!(super::list(&[]), "[]");
        assert_eq!(
            super::list(&["2026".into(), "no".into(), "exec-communication".into()]),
            "[\"2026\", \"no\", \"exec-communication\"]"
        );
    }
}
