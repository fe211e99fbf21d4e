//! Turns what the user typed into a safe FTS5 query. User text never reaches FTS5 syntax
//! directly: every word becomes a quoted string, so `AND`, `NEAR`, `*` or a stray quote
//! cannot cause a syntax error. The syntax the search box offers (its help says the same):
//!
//! - words are all required; each also finds its other forms (`strategy` finds "strategic");
//! - `"several words"` in double quotes is an exact phrase;
//! - `a OR b` needs either (`OR` in capitals; it binds tighter than the spaces around it);
//! - `-word` or `-"a phrase"` excludes entries that have it;
//! - the last word, unless the text ends with a space, is also a prefix (`strat` → "strategy").
//!
//! A word's other forms are only searched for when the index holds them (`known`): each term
//! FTS5 looks up costs a seek in its index, and most generated forms exist in no journal.

use super::stemming::forms;

/// A parsed search.
#[derive(Debug, Clone, PartialEq)]
pub enum FtsQuery {
    /// Entries matching this MATCH expression (which may itself exclude some).
    Matching(String),
    /// Every entry except those matching this expression (the search was only exclusions).
    Excluding(String),
}

/// One searchable piece of the text.
struct Term {
    text: String,
    phrase: bool,
    negated: bool,
    prefix: bool,
}

/// A raw piece: a bare word, `OR`, or a quoted phrase (with whether a `-` stood before it).
enum Piece<'a> {
    Word(&'a str),
    Phrase(&'a str, bool),
}

/// Parses the search text, or `None` when it has nothing searchable in it. `known` says
/// whether the index holds a word; the word as typed is always searched.
pub fn parse(text: &str, known: &mut dyn FnMut(&str) -> bool) -> Option<FtsQuery> {
    let groups = groups(pieces(text), !text.ends_with(char::is_whitespace));
    let (negated, wanted): (Vec<_>, Vec<_>) = groups
        .into_iter()
        .partition(|g| g.len() == 1 && g[0].negated);
    let excluded = (!negated.is_empty()).then(|| {
        negated
            .iter()
            .map(|g| term_expr(&g[0], known))
            .collect::<Vec<_>>()
            .join(" OR ")
    });
    let wanted = (!wanted.is_empty()).then(|| {
        wanted
            .iter()
            .map(|g| match g.as_slice() {
                [one] => term_expr(one, known),
                many => format!(
                    "({})",
                    many.iter()
                        .map(|t| term_expr(t, known))
                        .collect::<Vec<_>>()
                        .join(" OR ")
                ),
            })
            .collect::<Vec<_>>()
            .join(" AND ")
    });
    match (wanted, excluded) {
        (Some(w), Some(x)) => Some(FtsQuery::Matching(format!("({w}) NOT ({x})"))),
        (Some(w), None) => Some(FtsQuery::Matching(w)),
        (None, Some(x)) => Some(FtsQuery::Excluding(x)),
        (None, None) => None,
    }
}

fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    for (i, chunk) in text.split('"').enumerate() {
        if i % 2 == 1 {
            // A `-` written right before the opening quote excludes the phrase.
            let negated = matches!(out.last(), Some(Piece::Word("-")));
            if negated {
                out.pop();
            }
            out.push(Piece::Phrase(chunk, negated));
        } else {
            out.extend(chunk.split_whitespace().map(Piece::Word));
        }
    }
    out
}

/// Groups terms joined by `OR`; a dangling `OR` (first, last, doubled) is ignored, as it is
/// mid-typing. `last_is_open` says the text does not end with a space.
fn groups(pieces: Vec<Piece<'_>>, last_is_open: bool) -> Vec<Vec<Term>> {
    let n = pieces.len();
    let mut groups: Vec<Vec<Term>> = Vec::new();
    let mut join_next = false;
    for (i, piece) in pieces.into_iter().enumerate() {
        let term = match piece {
            Piece::Word("OR") => {
                join_next = !groups.is_empty();
                continue;
            }
            Piece::Word(w) => {
                let (negated, word) = match w.strip_prefix('-') {
                    Some(rest) => (true, rest),
                    None => (false, w),
                };
                Term {
                    text: word.to_string(),
                    phrase: false,
                    negated,
                    prefix: !negated && last_is_open && i + 1 == n,
                }
            }
            Piece::Phrase(p, negated) => Term {
                text: p.trim().to_string(),
                phrase: true,
                negated,
                prefix: false,
            },
        };
        if !term.text.chars().any(char::is_alphanumeric) {
            continue;
        }
        // An excluded term cannot be one of several alternatives; it stands alone.
        match groups.last_mut() {
            Some(g) if join_next && !term.negated && !g[0].negated => g.push(term),
            _ => groups.push(vec![term]),
        }
        join_next = false;
    }
    groups
}

/// A quoted FTS5 string; doubling is how FTS5 escapes a quote inside one.
fn quoted(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

fn term_expr(t: &Term, known: &mut dyn FnMut(&str) -> bool) -> String {
    let tokens = tokens(&t.text);
    let mut alternatives: Vec<String> = match tokens.as_slice() {
        // The word itself first (a prefix applies to it), then the forms the index holds.
        [one] if !t.phrase => forms(one)
            .iter()
            .enumerate()
            .filter(|(i, f)| *i == 0 || known(f))
            .map(|(_, f)| quoted(f))
            .collect(),
        _ => vec![quoted(&t.text)],
    };
    if t.prefix {
        alternatives[0].push('*');
    }
    match alternatives.as_slice() {
        [one] => one.clone(),
        many => format!("({})", many.join(" OR ")),
    }
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
    use super::{parse, FtsQuery};

    /// The expression with every form, as if the index held them all.
    fn expr(text: &str) -> Option<String> {
        match parse(text, &mut |_| true) {
            Some(FtsQuery::Matching(e)) => Some(e),
            Some(FtsQuery::Excluding(e)) => Some(format!("ALL NOT {e}")),
            None => None,
        }
    }

    #[test]
    fn words_are_quoted_and_the_last_is_a_prefix() {
        assert_eq!(expr("q3 zz").as_deref(), Some("\"q3\" AND \"zz\"*"));
        assert_eq!(expr("q3 zz ").as_deref(), Some("\"q3\" AND \"zz\""));
    }

    #[test]
    fn a_word_also_finds_its_other_forms_but_a_phrase_is_exact() {
        let e = expr("strategy ").unwrap();
        assert!(
            e.starts_with("(\"strategy\" OR ") && e.contains("\"strategic\""),
            "{e}"
        );
        let typing = expr("strategy").unwrap();
        assert!(typing.starts_with("(\"strategy\"* OR "), "{typing}");
        assert_eq!(
            expr("\"strategic thinking\"").as_deref(),
            Some("\"strategic thinking\"")
        );
        assert_eq!(expr("\"strategy\"").as_deref(), Some("\"strategy\""));
    }

    #[test]
    fn or_joins_the_terms_beside_it() {
        assert_eq!(
            expr("q1 OR q2 zz ").as_deref(),
            Some("(\"q1\" OR \"q2\") AND \"zz\"")
        );
        // Dangling while typing: ignored, not searched as the word "or".
        assert_eq!(expr("q1 OR").as_deref(), Some("\"q1\""));
        assert_eq!(expr("OR q1 ").as_deref(), Some("\"q1\""));
        // Lower case "or" is an ordinary word.
        assert_eq!(expr("q1 or ").as_deref(), Some("\"q1\" AND \"or\""));
    }

    #[test]
    fn a_minus_excludes_a_word_or_a_phrase() {
        assert_eq!(expr("q1 -zz").as_deref(), Some("(\"q1\") NOT (\"zz\")"));
        assert_eq!(
            expr("q1 -\"exec brief\"").as_deref(),
            Some("(\"q1\") NOT (\"exec brief\")")
        );
        assert_eq!(expr("-zz").as_deref(), Some("ALL NOT \"zz\""));
        assert_eq!(expr("q1 - ").as_deref(), Some("\"q1\""));
    }

    #[test]
    fn operators_and_stray_quotes_are_literal() {
        // Each word is a quoted string (with its other forms); nothing is left as syntax.
        let e = expr("q1 AND NEAR( ").unwrap();
        assert!(e.starts_with("\"q1\" AND (\"and\" OR "), "{e}");
        assert!(e.contains("\"near\"") && !e.contains("NEAR"), "{e}");
        assert_eq!(
            expr("q1 \"quote here").as_deref(),
            Some("\"q1\" AND \"quote here\"")
        );
    }

    #[test]
    fn only_the_forms_the_index_holds_are_searched_besides_the_word() {
        let mut asked = Vec::new();
        let e = parse("strategy ", &mut |f| {
            asked.push(f.to_string());
            f == "strategic"
        });
        assert_eq!(
            e,
            Some(FtsQuery::Matching("(\"strategy\" OR \"strategic\")".into()))
        );
        assert!(!asked.contains(&"strategy".to_string()), "{asked:?}");
        // No other form known: the word alone, still a prefix while typing.
        assert_eq!(
            parse("lumiard", &mut |_| false),
            Some(FtsQuery::Matching("\"lumiard\"*".into()))
        );
    }

    #[test]
    fn nothing_searchable_is_none() {
        assert_eq!(expr(""), None);
        assert_eq!(expr("  & - * "), None);
        assert_eq!(expr("\"\""), None);
        assert_eq!(expr("OR"), None);
    }
}
