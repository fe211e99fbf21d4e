//! Words and sentences as textstat 0.7 counts them, so that Waypoint's scores agree with the
//! common reference implementation:
//! - a word is what is left between spaces once punctuation is removed (hyphens too, so
//!   "well-known" is one word; apostrophes stay in contractions such as "don't");
//! - a sentence runs from a word to the next `.`, `!` or `?` (so "1.5" splits one), and a
//!   sentence of two words or fewer is not counted.
//!
//! One deliberate difference: a typographic apostrophe (’) is read as `'`, so "don’t" is the
//! same word as "don't".

/// Python's `\w`: letters, digits and the underscore.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// An apostrophe stays when a contraction's ending follows it: t, s, d, ve, ll, re.
fn contraction_follows(rest: &str) -> bool {
    ["t", "s", "d", "ve", "ll", "re"]
        .iter()
        .any(|ending| rest.starts_with(ending))
}

/// Calls `each` with every word of `text`, punctuation removed, lower case when asked (for
/// looking up syllables).
pub fn for_each_word(text: &str, lowercase: bool, mut each: impl FnMut(&str)) {
    let mut word = String::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            if !word.is_empty() {
                each(&word);
                word.clear();
            }
        } else if is_apostrophe(c) {
            if contraction_follows(&text[i + c.len_utf8()..]) {
                word.push('\'');
            }
        } else if is_word_char(c) {
            if lowercase {
                word.extend(c.to_lowercase());
            } else {
                word.push(c);
            }
        }
        if chars.peek().is_none() && !word.is_empty() {
            each(&word);
            word.clear();
        }
    }
}

/// The number of words, as textstat's `lexicon_count`.
pub fn words(text: &str) -> u32 {
    let mut n = 0;
    for_each_word(text, false, |_| n += 1);
    n
}

/// The runs of text that are not spaces, punctuation included (textstat's divisor for
/// characters per word in the ARI).
pub fn tokens(text: &str) -> u32 {
    text.split_whitespace().count() as u32
}

/// Characters that are not spaces (textstat's `char_count`, which counts punctuation).
pub fn characters(text: &str) -> u32 {
    text.chars().filter(|c| !c.is_whitespace()).count() as u32
}

fn is_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?')
}

/// The sentences of `text` as byte ranges: from a word character to the next end mark, with
/// every end mark that follows it; the last may run to the end of the text.
pub fn sentences(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut in_ends = false;
    for (i, c) in text.char_indices() {
        match start {
            None => {
                if is_word_char(c) {
                    start = Some(i);
                }
            }
            Some(s) => {
                if is_end(c) {
                    in_ends = true;
                } else if in_ends {
                    out.push(s..i);
                    in_ends = false;
                    start = is_word_char(c).then_some(i);
                }
            }
        }
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_words(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for_each_word(text, true, |w| out.push(w.to_string()));
        out
    }

    #[test]
    fn punctuation_goes_and_contractions_stay() {
        assert_eq!(
            all_words("Don't read \"too\" much; it's well-known — the users' 2.5 s."),
            [
                "don't",
                "read",
                "too",
                "much",
                "it's",
                "wellknown",
                "the",
                "users",
                "25",
                "s"
            ]
        );
        assert_eq!(all_words("don\u{2019}t"), ["don't"]);
        assert_eq!(words("— … !"), 0);
        assert_eq!(tokens("a — b"), 3);
    }

    #[test]
    fn sentences_end_at_marks_and_numbers_split_them() {
        let text = "It works. The p99 went to 1.5 s! Why?! (Because.) end";
        let found: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            found,
            [
                "It works.",
                "The p99 went to 1.",
                "5 s!",
                "Why?!",
                "Because.",
                "end"
            ]
        );
    }
}
