//! Checks of words and phrases within a sentence: hedges, weasel words and adverbs.

use std::ops::Range;

use super::finding::{Found, Rule, Severity};
use super::lexicon::{HEDGES, NOT_ADVERBS, WEASELS};
use super::words::Word;

/// The number of words of the first phrase of `list` that starts at word `i`.
fn phrase_at(words: &[Word], i: usize, list: &[&str]) -> Option<usize> {
    list.iter().find_map(|p| {
        let n = p.split(' ').count();
        let here = words.get(i..i + n)?;
        p.split(' ')
            .zip(here)
            .all(|(part, w)| w.lower == part)
            .then_some(n)
    })
}

pub fn words(words: &[Word], sentence: Range<usize>, text: &str, out: &mut Vec<Found>) {
    let has_number = text[sentence.clone()].chars().any(|c| c.is_ascii_digit());
    let mut i = 0;
    while i < words.len() {
        let found = |n: usize| words[i].range.start..words[i + n - 1].range.end;
        if let Some(n) = phrase_at(words, i, HEDGES) {
            let range = found(n);
            out.push(Found {
                rule: Rule::Hedge,
                severity: Severity::Note,
                message: format!("\"{}\" softens the claim.", &text[range.clone()]),
                range,
                why: "A decision-maker needs to know how sure you are; a hedge says \"not very\" without saying why.",
                suggestion: "Cut it, or say what you are unsure of and how you will find out.".into(),
            });
            i += n;
            continue;
        }
        if let Some(n) = phrase_at(words, i, WEASELS) {
            // A number in the same sentence already says how much.
            if !has_number {
                let range = found(n);
                out.push(Found {
                    rule: Rule::Weasel,
                    severity: Severity::Warning,
                    message: format!("\"{}\" is a quantity without a number.", &text[range.clone()]),
                    range,
                    why: "Business readers discount claims they cannot check; a number is a claim they can.",
                    suggestion: "Use a number: \"by 18 %\", \"41 of 50 customers\", \"from 11 s to 3.2 s\".".into(),
                });
            }
            i += n;
            continue;
        }
        let w = &words[i];
        if is_adverb(&w.lower) {
            out.push(Found {
                rule: Rule::Adverb,
                severity: Severity::Note,
                message: format!("\"{}\" is an adverb.", w.text),
                range: w.range.clone(),
                why: "Adverbs often prop up a weak verb; a stronger verb says it in one word.",
                suggestion:
                    "Cut it, or find a verb that carries its meaning (\"ran quickly\" → \"raced\")."
                        .into(),
            });
        }
        i += 1;
    }
}

fn is_adverb(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ly") && !NOT_ADVERBS.contains(&word)
}
