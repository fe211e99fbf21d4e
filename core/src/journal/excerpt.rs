//! A short plain-text preview of a Markdown body, for lists.

const EXCERPT_CHARS: usize = 160;

/// The first words of `body` with Markdown markup and line breaks flattened away.
pub fn plain_excerpt(body: &str) -> String {
    let mut out = String::with_capacity(EXCERPT_CHARS + 8);
    let mut count = 0;
    for line in body.lines() {
        let line = line.trim_start_matches(|c: char| {
            matches!(c, '#' | '>' | '-' | '*' | '+') || c.is_whitespace()
        });
        for c in line
            .chars()
            .filter(|c| !matches!(c, '*' | '_' | '`' | '[' | ']' | '#'))
        {
            if count == EXCERPT_CHARS {
                out.push('…');
                return out;
            }
            out.push(c);
            count += 1;
        }
        if !line.is_empty() && !out.ends_with(' ') {
            out.push(' ');
            count += 1;
        }
    }
    out.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flattens_markdown() {
        assert_eq!(
            plain_excerpt("# Title\n\n- **bold** item\n> quote `code`"),
            "Title bold item quote code"
        );
    }

    #[test]
    fn cuts_long_bodies() {
        let e = plain_excerpt(&"word ".repeat(100));
        assert!(e.ends_with('…'));
        assert!(e.chars().count() <= EXCERPT_CHARS + 1);
    }
}
