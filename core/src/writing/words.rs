//! The words of a sentence with where they are, for the rules that look at words (passive
//! voice, adverbs, hedges, acronyms). Counting for the scores follows textstat instead
//! (`counting`).

use std::ops::Range;

use super::counting::is_word_char;

pub struct Word<'a> {
    pub range: Range<usize>,
    pub text: &'a str,
    pub lower: String,
}

/// A sentence of the prose: where it is, its words, and the block (paragraph, heading…) it
/// is in.
pub struct Sentence<'a> {
    pub range: Range<usize>,
    pub words: Vec<Word<'a>>,
    pub block: usize,
}

/// The words of `text[range]`: runs of letters and digits, with an apostrophe inside
/// ("don't") kept; ranges are offsets into `text`.
pub fn words(text: &str, range: Range<usize>) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let slice = &text[range.clone()];
    let mut start: Option<usize> = None;
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner_apostrophe = (c == '\'' || c == '\u{2019}')
            && start.is_some()
            && chars.peek().is_some_and(|&(_, n)| is_word_char(n));
        if is_word_char(c) || inner_apostrophe {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(word(text, range.start + s..range.start + i));
        }
    }
    if let Some(s) = start {
        out.push(word(text, range.start + s..range.end));
    }
    out
}

fn word(text: &str, range: Range<usize>) -> Word<'_> {
    let w = &text[range.clone()];
    Word {
        range,
        text: w,
        lower: w.to_lowercase().replace('\u{2019}', "'"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn words_keep_their_places() {
        let text = "Well, we don’t ship — yet.";
        let found = super::words(text, 0..text.len());
        let lower: Vec<&str> = found.iter().map(|w| w.lower.as_str()).collect();
        assert_eq!(lower, ["well", "we", "don't", "ship", "yet"]);
        assert_eq!(&text[found[2].range.clone()], "don’t");
    }
}
