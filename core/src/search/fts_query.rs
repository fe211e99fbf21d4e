//! Turns what the user typed into a safe FTS5 query. User text never reaches FTS5 syntax
//! directly: every word becomes a quoted string, so `AND`, `NEAR`, `*` or a stray quote
//! cannot cause a syntax error.

/// Builds the MATCH expression, or `None` when the text has nothing searchable in it.
///
/// Words are ANDed. `"several words"` in double quotes is a phrase. The last bare word is also
/// a prefix (`strat` finds "strategy") unless the text ends with a space.
pub fn to_fts_query(text: &str) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    let mut last_is_bare_word = false;
    for (i, chunk) in text.split('"').enumerate() {
        if i % 2 == 1 {
            // Inside quotes: one phrase.
            if has_searchable(chunk) {
                parts.push(quote(chunk));
            }
            last_is_bare_word = false;
        } else {
            for word in chunk.split_whitespace().filter(|w| has_searchable(w)) {
                parts.push(quote(word));
                last_is_bare_word = true;
            }
            if chunk.ends_with(char::is_whitespace) {
                last_is_bare_word = false;
            }
        }
    }
    if parts.is_empty() {
        return None;
    }
    if last_is_bare_word && !text.ends_with(char::is_whitespace) {
        if let Some(last) = parts.last_mut() {
            last.push('*');
        }
    }
    Some(parts.join(" "))
}

fn has_searchable(s: &str) -> bool {
    s.chars().any(char::is_alphanumeric)
}

fn quote(s: &str) -> String {
    format!("\"{}\"", s.trim().replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::to_fts_query;

    #[test]
    fn words_are_quoted_and_the_last_is_a_prefix() {
        assert_eq!(
            to_fts_query("board meet").as_deref(),
            Some("\"board\" \"meet\"*")
        );
        assert_eq!(
            to_fts_query("board meeting ").as_deref(),
            Some("\"board\" \"meeting\"")
        );
    }

    #[test]
    fn phrases_and_operators_are_literal() {
        assert_eq!(
            to_fts_query("\"executive brief\" ROI").as_deref(),
            Some("\"executive brief\" \"ROI\"*")
        );
        assert_eq!(
            to_fts_query("\"executive brief\"").as_deref(),
            Some("\"executive brief\"")
        );
        assert_eq!(
            to_fts_query("a AND NEAR(").as_deref(),
            Some("\"a\" \"AND\" \"NEAR(\"*")
        );
        assert_eq!(
            to_fts_query("unclosed \"quote here").as_deref(),
            Some("\"unclosed\" \"quote here\"")
        );
    }

    #[test]
    fn nothing_searchable_is_none() {
        assert_eq!(to_fts_query(""), None);
        assert_eq!(to_fts_query("  & - * "), None);
        assert_eq!(to_fts_query("\"\""), None);
    }
}
