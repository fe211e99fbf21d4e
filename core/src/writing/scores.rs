//! Counts and readability scores, with textstat 0.7's formulas and counting rules (see
//! `counting`), over the prose of the document.

use serde::Serialize;
use specta::Type;

use super::counting;
use super::syllables;

/// textstat's reading speed (Demberg & Keller, 2008): 14.69 ms per character.
const MS_PER_CHARACTER: f64 = 14.69;

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Counts {
    pub words: u32,
    /// Sentences of three words or more (textstat does not count shorter ones).
    pub sentences: u32,
    pub syllables: u32,
    /// Characters that are not spaces, punctuation included.
    pub characters: u32,
    pub reading_time_seconds: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Scores {
    /// 206.835 − 1.015 × words per sentence − 84.6 × syllables per word; higher is easier.
    pub flesch_reading_ease: f64,
    /// 0.39 × words per sentence + 11.8 × syllables per word − 15.59: a school grade.
    pub flesch_kincaid_grade: f64,
    /// 4.71 × characters per word + 0.5 × words per sentence − 21.43.
    pub automated_readability_index: f64,
}

/// How the figures are made, for the explanation beside them.
pub const METHOD: &str = "Words, sentences and scores are counted as textstat 0.7 counts them, \
over the prose only (code, links' addresses and front matter are left out). A word is what is \
left between spaces once punctuation is removed; a sentence ends at . ! or ?, and at the end of \
a heading, list item or paragraph; sentences of one or two words are not counted. Syllables come \
from the CMU pronouncing dictionary, and are estimated from groups of vowels for words it lacks. \
Flesch reading ease = 206.835 − 1.015 × words per sentence − 84.6 × syllables per word (60–70 is \
plain English); Flesch–Kincaid grade = 0.39 × words per sentence + 11.8 × syllables per word − \
15.59; ARI = 4.71 × characters per word + 0.5 × words per sentence − 21.43. Reading time is \
14.69 ms per character.";

/// The counts of `sentences` (ranges into `text`, the prose) and of the words in all of it.
pub fn counts(text: &str, sentences: &[std::ops::Range<usize>]) -> Counts {
    let mut words = 0;
    let mut syllables = 0;
    counting::for_each_word(text, true, |w| {
        words += 1;
        syllables += syllables::count(w);
    });
    let characters = counting::characters(text);
    let counted = sentences
        .iter()
        .filter(|r| counting::words(&text[(*r).clone()]) > 2)
        .count() as u32;
    let sentences = if text.trim().is_empty() {
        0
    } else {
        counted.max(1)
    };
    Counts {
        words,
        sentences,
        syllables,
        characters,
        reading_time_seconds: MS_PER_CHARACTER * f64::from(characters) / 1000.0,
    }
}

pub fn scores(counts: &Counts, tokens: u32) -> Scores {
    let per = |a: u32, b: u32| {
        if b == 0 {
            0.0
        } else {
            f64::from(a) / f64::from(b)
        }
    };
    let words_per_sentence = per(counts.words, counts.sentences);
    let syllables_per_word = per(counts.syllables, counts.words);
    let characters_per_word = per(counts.characters, tokens);
    let flesch = |base: f64, a: f64, b: f64| {
        if words_per_sentence == 0.0 || syllables_per_word == 0.0 {
            0.0
        } else {
            base + a * words_per_sentence + b * syllables_per_word
        }
    };
    Scores {
        flesch_reading_ease: flesch(206.835, -1.015, -84.6),
        flesch_kincaid_grade: flesch(-15.59, 0.39, 11.8),
        automated_readability_index: if characters_per_word == 0.0 || words_per_sentence == 0.0 {
            0.0
        } else {
            4.71 * characters_per_word + 0.5 * words_per_sentence - 21.43
        },
    }
}

/// A sentence's own ARI (what makes it hard or very hard).
pub fn sentence_ari(sentence: &str) -> f64 {
    let words = counting::words(sentence);
    let tokens = counting::tokens(sentence);
    if words == 0 || tokens == 0 {
        return 0.0;
    }
    4.71 * f64::from(counting::characters(sentence)) / f64::from(tokens) + 0.5 * f64::from(words)
        - 21.43
}
