//! Checks of whole sentences, with Hemingway's defaults: length, difficulty (the sentence's
//! ARI) and passive voice.

use std::ops::Range;

use super::finding::{Found, Rule, Severity};
use super::lexicon::{BE_FORMS, IRREGULAR_PARTICIPLES, NOT_PARTICIPLES, STATIVE};
use super::words::Word;
use super::{counting, scores};

const NOTE_WORDS: u32 = 20;
const WARN_WORDS: u32 = 30;
/// Hard and very hard need at least this many words (a short sentence of long words is fine).
const HARD_MIN_WORDS: u32 = 14;
const HARD_ARI: f64 = 10.0;
const VERY_HARD_ARI: f64 = 14.0;

pub fn length_and_difficulty(text: &str, sentence: Range<usize>, out: &mut Vec<Found>) {
    let s = &text[sentence.clone()];
    let words = counting::words(s);
    if words > NOTE_WORDS {
        let severity = if words > WARN_WORDS {
            Severity::Warning
        } else {
            Severity::Note
        };
        out.push(Found {
            rule: Rule::LongSentence,
            severity,
            range: sentence.clone(),
            message: format!("This sentence has {words} words."),
            why: "Readers keep about 20 words in mind at once; past that they reread.",
            suggestion: "Split it where the idea turns, or cut what the reader does not need."
                .into(),
        });
    }
    if words < HARD_MIN_WORDS {
        return;
    }
    let ari = scores::sentence_ari(s);
    let (rule, severity, level) = if ari >= VERY_HARD_ARI {
        (Rule::VeryHardSentence, Severity::Warning, "very hard")
    } else if ari >= HARD_ARI {
        (Rule::HardSentence, Severity::Note, "hard")
    } else {
        return;
    };
    out.push(Found {
        rule,
        severity,
        range: sentence.clone(),
        message: format!("This sentence is {level} to read (grade {ari:.0} by its ARI)."),
        why: "Long words in a long sentence make a busy reader stop and parse.",
        suggestion: "Use shorter words, or split it in two.".into(),
    });
}

/// The passives of one sentence: a form of "to be", perhaps an -ly adverb, then a past
/// participle that is not a state ("is interested").
pub fn passives(words: &[Word], out: &mut Vec<Found>) {
    for (i, w) in words.iter().enumerate() {
        if !BE_FORMS.contains(&w.lower.as_str()) {
            continue;
        }
        let mut j = i + 1;
        while words.get(j).is_some_and(|n| n.lower.ends_with("ly")) && j < i + 3 {
            j += 1;
        }
        let Some(p) = words.get(j) else { continue };
        if !is_participle(&p.lower) || STATIVE.contains(&p.lower.as_str()) {
            continue;
        }
        out.push(Found {
            rule: Rule::PassiveVoice,
            severity: Severity::Note,
            range: w.range.start..p.range.end,
            message: format!("\"{} {}\" is passive: it hides who acts.", w.text, p.text),
            why: "An executive reads for who does what; the passive leaves the owner out.",
            suggestion: "Name who does it: \"the team shipped it\", not \"it was shipped\".".into(),
        });
    }
}

fn is_participle(word: &str) -> bool {
    (word.len() > 3 && word.ends_with("ed") && !NOT_PARTICIPLES.contains(&word))
        || IRREGULAR_PARTICIPLES.contains(&word)
}

/// One passive in five sentences is fine; past that, each one is a warning.
pub fn passive_budget(sentences: u32) -> u32 {
    sentences.div_ceil(5)
}
