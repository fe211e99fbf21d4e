//! Turns what the user typed into a safe FTS5 query. User text never reaches FTS5 syntax
//! directly: every word becomes a quoted string, so `AND`, `NEAR`, `*` or a stray quote
//! cannot cause a syntax error.

/// A parsed search: the MATCH expression and the phrases it is made of.
#[derive(Debug, Clone, PartialEq)]
pub struct FtsQuery {
    pub expr: String,
    pub phrases: Vec<Phrase>,
}

/// One quoted word or phrase, with the lower-cased tokens FTS5 will look up.
#[derive(Debug, Clone, PartialEq)]
pub struct Phrase {
    pub tokens: Vec<String>,
    pub prefix: bool,
}

/// Parses the search text, or `None` when it has nothing searchable in it.
///
/// Words are ANDed. `"several words"` in double quotes is a phrase. The last bare word is also
/// a prefix (`strat` finds "strategy") unless the text ends with a space.
pub fn parse(text: &str) -> Option<FtsQuery> {
    let mut raw: Vec<(&str, bool)> = Vec::new(); // (text, is a bare word)
    for (i, chunk) in text.split('"').enumerate() {
        if i % 2 == 1 {
            raw.push((chunk, false));
        } else {
            raw.extend(chunk.split_whitespace().map(|w| (w, true)));
        }
    }
    raw.retain(|(s, _)| s.chars().any(char::is_alphanumeric));
    let last_is_prefix =
        raw.last().is_some_and(|(_, bare)| *bare) && !text.ends_with(char::is_whitespace);
    let n = raw.len();
    let phrases: Vec<Phrase> = raw
        .iter()
        .enumerate()
        .map(|(i, (s, _))| Phrase {
            tokens: tokens(s),
            prefix: last_is_prefix && i + 1 == n,
        })
        .collect();
    if phrases.is_empty() {
        return None;
    }
    let expr = raw
        .iter()
        .zip(&phrases)
        .map(|((s, _), p)| {
            format!(
                "\"{}\"{}",
                s.trim().replace('"', "\"\""),
                if p.prefix { "*" } else { "" }
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    Some(FtsQuery { expr, phrases })
}

/// Approximates FTS5's unicode61 tokenizer: lower-case runs of letters and digits.
fn tokens(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::parse;

    fn expr(text: &str) -> Option<String> {
        parse(text).map(|q| q.expr)
    }

    #[test]
    fn words_are_quoted_and_the_last_is_a_prefix() {
        assert_eq!(expr("board meet").as_deref(), Some("\"board\" \"meet\"*"));
        assert_eq!(
            expr("board meeting ").as_deref(),
            Some("\"board\" \"meeting\"")
        );
    }

    #[test]
    fn phrases_and_operators_are_literal() {
        assert_eq!(
            expr("\"executive brief\" ROI").as_deref(),
            Some("\"executive brief\" \"ROI\"*")
        );
        assert_eq!(
            expr("\"executive brief\"").as_deref(),
            Some("\"executive brief\"")
        );
        assert_eq!(
            expr("a AND NEAR(").as_deref(),
            Some("\"a\" \"AND\" \"NEAR(\"*")
        );
        assert_eq!(
            expr("unclosed \"quote here").as_deref(),
            Some("\"unclosed\" \"quote here\"")
        );
    }

    #[test]
    fn nothing_searchable_is_none() {
        assert_eq!(expr(""), None);
        assert_eq!(expr("  & - * "), None);
        assert_eq!(expr("\"\""), None);
    }

    #[test]
    fn phrases_carry_their_tokens() {
        let q = parse("\"Exec Brief\" p&l strat").unwrap();
        let toks: Vec<Vec<String>> = q.phrases.iter().map(|p| p.tokens.clone()).collect();
        assert_eq!(
            toks,
            vec![vec!["exec", "brief"], vec!["p", "l"], vec!["strat"]]
        );
        assert_eq!(
            q.phrases.iter().map(|p| p.prefix).collect::<Vec<_>>(),
            vec![false, false, true]
        );
    }
}
