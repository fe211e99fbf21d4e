//! English stemming by query expansion. The index stays exact (so a quoted phrase matches only
//! itself and the word being typed can be a prefix); a searched word is instead expanded into
//! the inflections that share its Snowball (Porter 2) stem: `plans` searches "plan", "plans",
//! "planned", "planning". Looking up a form no entry contains costs FTS5 next to nothing, so
//! the forms are generated from the word rather than read from the index's vocabulary.

use rust_stemmers::{Algorithm, Stemmer};

/// Endings taken off a word to find the roots its other forms are built from.
const ENDINGS: [&str; 14] = [
    "ically", "ical", "ies", "ied", "ing", "ers", "est", "es", "ed", "er", "ly", "ic", "s", "d",
];

/// Endings put on a root to build candidate forms.
const SUFFIXES: [&str; 13] = [
    "", "s", "es", "ed", "d", "ing", "er", "ers", "ly", "ic", "ical", "ically", "ation",
];

/// Snowball stems a noun in -y and its adjective in -ic differently ("strategy" → `strategi`,
/// "strategic" → `strateg`; likewise economy, academy, philosophy, harmony). One stem for both
/// lets `strategy` find entries about strategic thinking. Only long stems after g, m, h or n
/// are bridged, which keeps "policy" from matching "police" and "army" from matching "arm".
fn canonical(stemmer: &Stemmer, word: &str) -> String {
    let stem = stemmer.stem(word).into_owned();
    let bridged = stem.len() >= 7
        && stem.ends_with('i')
        && stem[..stem.len() - 1].ends_with(['g', 'm', 'h', 'n']);
    if bridged {
        stem[..stem.len() - 1].to_string()
    } else {
        stem
    }
}

/// The forms of `word` (lower case) that share its stem, `word` first. Words that are not plain
/// ASCII letters (numbers, names in other scripts) are searched as written.
pub(super) fn forms(word: &str) -> Vec<String> {
    if word.len() < 3 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return vec![word.to_string()];
    }
    let stemmer = Stemmer::create(Algorithm::English);
    let key = canonical(&stemmer, word);
    let mut found = vec![word.to_string()];
    for root in roots(word) {
        for suffix in SUFFIXES {
            for form in built(&root, suffix) {
                if !found.contains(&form) && canonical(&stemmer, &form) == key {
                    found.push(form);
                }
            }
        }
    }
    found
}

/// The word and what is left of it without each ending, with the "y" or "e" an ending may have
/// replaced ("strategies" → "strategy", "planned" → "plan", "writing" → "write").
fn roots(word: &str) -> Vec<String> {
    let mut roots = vec![word.to_string()];
    for ending in ENDINGS {
        let Some(rest) = word.strip_suffix(ending).filter(|r| r.len() >= 3) else {
            continue;
        };
        roots.push(rest.to_string());
        roots.push(format!("{rest}y"));
        roots.push(format!("{rest}e"));
        if let Some(undoubled) = rest
            .strip_suffix(|c: char| rest[..rest.len() - 1].ends_with(c))
            .filter(|r| r.len() >= 3)
        {
            roots.push(undoubled.to_string());
        }
    }
    roots.sort();
    roots.dedup();
    roots
}

/// `root` with `suffix`, spelled the ways English does: "strategy" + "es" → "strategies",
/// "write" + "ing" → "writing", "plan" + "ed" → "planned".
fn built(root: &str, suffix: &str) -> Vec<String> {
    let mut out = vec![format!("{root}{suffix}")];
    if suffix.is_empty() {
        return out;
    }
    if let Some(stem) = root.strip_suffix('y') {
        out.push(format!("{stem}i{suffix}"));
        out.push(format!("{stem}{suffix}"));
    }
    if let Some(stem) = root.strip_suffix('e') {
        out.push(format!("{stem}{suffix}"));
    }
    if ends_consonant_vowel_consonant(root) {
        let last = &root[root.len() - 1..];
        out.push(format!("{root}{last}{suffix}"));
    }
    out
}

/// "plan", "stop": the shape whose last letter doubles before -ed and -ing.
fn ends_consonant_vowel_consonant(root: &str) -> bool {
    let vowel = |b: u8| b"aeiou".contains(&b);
    match root.as_bytes() {
        [.., a, b, c] => !vowel(*a) && vowel(*b) && !vowel(*c) && !b"wxy".contains(c),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::forms;

    fn has(word: &str, form: &str) -> bool {
        forms(word).iter().any(|f| f == form)
    }

    #[test]
    fn strategy_and_strategic_find_each_other() {
        for form in ["strategic", "strategies", "strategically"] {
            assert!(
                has("strategy", form),
                "strategy → {form}: {:?}",
                forms("strategy")
            );
        }
        assert!(has("strategic", "strategy"), "{:?}", forms("strategic"));
        assert!(has("economy", "economic"));
    }

    #[test]
    fn inflections_are_found() {
        assert!(has("plan", "planned") && has("plan", "planning") && has("plan", "plans"));
        assert!(has("planned", "plan"));
        assert!(has("writing", "write") && has("write", "writes"));
        assert!(has("meetings", "meeting") && has("meeting", "meet"));
    }

    #[test]
    fn different_words_stay_apart() {
        assert!(!has("policy", "police"));
        assert!(!has("army", "arm"));
        assert!(!has("new", "news"));
    }

    #[test]
    fn the_word_itself_comes_first_and_odd_words_stay_as_written() {
        assert_eq!(forms("strategy")[0], "strategy");
        assert_eq!(forms("q3"), vec!["q3"]);
        assert_eq!(forms("café"), vec!["café"]);
        assert_eq!(forms("a"), vec!["a"]);
    }
}
