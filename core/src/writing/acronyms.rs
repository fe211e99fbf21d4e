//! Undefined acronyms: an all-capitals word that the text has not spelled out before, as
//! "Mean time to recovery (MTTR)" or "MTTR (mean time to recovery)". Each is flagged once, at
//! its first use.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::finding::{Found, Rule, Severity};
use super::lexicon::KNOWN_ACRONYMS;
use super::words::Sentence;

/// The acronym a word is, if it is one: two to eight capitals or digits, starting with a
/// capital ("S3", "P99"), with a plural "s" dropped ("APIs").
fn acronym(word: &str) -> Option<&str> {
    let base = word.strip_suffix('s').unwrap_or(word);
    let all_caps = base
        .chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    let starts_with_letter = base.chars().next().is_some_and(|c| c.is_ascii_uppercase());
    (all_caps && starts_with_letter && (2..=8).contains(&base.len())).then_some(base)
}

/// Whether the acronym at `range` is being defined there.
fn is_definition(text: &str, range: &Range<usize>) -> bool {
    let before = text[..range.start].trim_end_matches(' ');
    let after = &text[range.end..];
    let in_brackets = before.ends_with('(') && after.starts_with(')');
    let spelled_after = after.trim_start_matches(' ').starts_with('(');
    in_brackets || spelled_after
}

/// `skip` are the starts of words another rule explains already (jargon from the glossary).
pub fn undefined(text: &str, sentences: &[Sentence], skip: &HashSet<usize>, out: &mut Vec<Found>) {
    // Where each acronym is first defined.
    let mut defined: HashMap<&str, usize> = HashMap::new();
    for s in sentences {
        for w in &s.words {
            if let Some(a) = acronym(w.text) {
                if is_definition(text, &w.range) {
                    defined.entry(a).or_insert(w.range.start);
                }
            }
        }
    }
    let mut flagged: HashSet<&str> = HashSet::new();
    for s in sentences {
        for w in &s.words {
            let Some(a) = acronym(w.text) else { continue };
            if KNOWN_ACRONYMS.contains(&a) || skip.contains(&w.range.start) {
                continue;
            }
            let defined_at = defined.get(a).copied();
            if defined_at.is_some_and(|d| d <= w.range.start) || !flagged.insert(a) {
                continue;
            }
            let later = defined_at.is_some();
            out.push(Found {
                rule: Rule::UndefinedAcronym,
                severity: Severity::Warning,
                range: w.range.clone(),
                message: if later {
                    format!("{a} is used before it is spelled out.")
                } else {
                    format!("{a} is not spelled out.")
                },
                why: "Readers outside your team may not know it, and few will ask.",
                suggestion: format!("Spell it out at its first use: \"Words for it ({a})\"."),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_an_acronym_is() {
        assert_eq!(acronym("MTTR"), Some("MTTR"));
        assert_eq!(acronym("APIs"), Some("API"));
        assert_eq!(acronym("S3"), Some("S3"));
        assert_eq!(acronym("I"), None);
        assert_eq!(acronym("Word"), None);
        assert_eq!(acronym("99"), None);
    }
}
