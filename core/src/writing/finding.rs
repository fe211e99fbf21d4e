//! What a check finds: a rule, where (bytes in the source, UTF-16 units for the editor, line
//! and column for people), what is wrong, why it matters and what to do instead.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use specta::Type;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    LongSentence,
    HardSentence,
    VeryHardSentence,
    PassiveVoice,
    Adverb,
    Hedge,
    Weasel,
    UndefinedAcronym,
    Jargon,
}

impl Rule {
    /// The id people see and type (`--json`, dismissals): the serialised name.
    pub fn id(self) -> &'static str {
        match self {
            Rule::LongSentence => "long-sentence",
            Rule::HardSentence => "hard-sentence",
            Rule::VeryHardSentence => "very-hard-sentence",
            Rule::PassiveVoice => "passive-voice",
            Rule::Adverb => "adverb",
            Rule::Hedge => "hedge",
            Rule::Weasel => "weasel",
            Rule::UndefinedAcronym => "undefined-acronym",
            Rule::Jargon => "jargon",
        }
    }

    /// What the rule is called where people read findings.
    pub fn label(self) -> &'static str {
        match self {
            Rule::LongSentence => "Long sentence",
            Rule::HardSentence => "Hard sentence",
            Rule::VeryHardSentence => "Very hard sentence",
            Rule::PassiveVoice => "Passive voice",
            Rule::Adverb => "Adverb",
            Rule::Hedge => "Hedge",
            Rule::Weasel => "Weasel word",
            Rule::UndefinedAcronym => "Undefined acronym",
            Rule::Jargon => "Engineering term",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Type)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Note,
    Warning,
}

/// A half-open range `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn of(range: std::ops::Range<usize>) -> Self {
        Span {
            start: range.start as u32,
            end: range.end as u32,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Finding {
    pub rule: Rule,
    /// The rule's name for people ("Weasel word").
    pub label: String,
    pub severity: Severity,
    /// Bytes of the Markdown source.
    pub span: Span,
    /// The same place in UTF-16 code units, as the editor (CodeMirror) counts.
    pub utf16: Span,
    /// Where it starts, from 1; the column counts characters.
    pub line: u32,
    pub column: u32,
    /// The text found.
    pub excerpt: String,
    pub message: String,
    pub why: String,
    pub suggestion: String,
    /// Names this finding for "ignore here": its rule, its text and the sentence around it, so
    /// a dismissal survives edits elsewhere and lapses when that sentence is rewritten.
    pub key: String,
}

/// A finding before it is placed: the checks fill this, [`super::check`] adds positions.
pub struct Found {
    pub rule: Rule,
    pub severity: Severity,
    pub range: std::ops::Range<usize>,
    pub message: String,
    pub why: &'static str,
    pub suggestion: String,
}

pub fn key(rule: Rule, excerpt: &str, context: &str) -> String {
    let mut h = Sha256::new();
    h.update(rule.id());
    h.update([0]);
    h.update(excerpt);
    h.update([0]);
    h.update(context.split_whitespace().collect::<Vec<_>>().join(" "));
    h.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
