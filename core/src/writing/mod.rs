//! Writing checks for briefs, writeups and notes, Markdown-aware (code, links' addresses and
//! front matter are not prose): counts and readability scores that agree with textstat,
//! sentence checks with Hemingway's defaults, hedges, weasel words, adverbs, undefined
//! acronyms, technical terms with a business phrasing, and a structure checklist. Every
//! finding carries its place in bytes, in UTF-16 units for the editor, and as line and column.

mod acronyms;
mod counting;
mod finding;
mod glossary;
mod lexicon;
mod positions;
mod prose;
mod scores;
mod sentences;
mod structure;
mod syllables;
mod wording;
mod words;

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use specta::Type;

pub use finding::{Finding, Rule, Severity, Span};
pub use glossary::{built_in as built_in_glossary, GlossaryTerm};
pub use scores::{Counts, Scores, METHOD};
pub use structure::{StructureCheck, StructureRule};
pub use syllables::warm_up;

use finding::Found;
use words::Sentence;

/// Which structure a text is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "lowercase")]
pub enum DocKind {
    Brief,
    Writeup,
    Note,
}

impl DocKind {
    pub fn parse(s: &str) -> crate::Result<Self> {
        match s {
            "brief" => Ok(DocKind::Brief),
            "writeup" => Ok(DocKind::Writeup),
            "note" => Ok(DocKind::Note),
            other => Err(crate::Error::invalid(format!(
                "\"{other}\" is not a kind of document; use brief, writeup or note."
            ))),
        }
    }
}

/// Findings the writer has set aside, kept with the document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Type)]
pub struct Dismissals {
    /// "Ignore here": the [`Finding::key`]s.
    pub here: Vec<String>,
    /// "Ignore this rule in this document".
    pub rules: Vec<Rule>,
}

pub struct CheckOptions<'a> {
    pub kind: DocKind,
    /// [`built_in_glossary`], or the writer's glossary (`Store::writing_glossary`).
    pub glossary: &'a [GlossaryTerm],
    pub dismissals: &'a Dismissals,
}

/// Passive voice against its budget of one sentence in five.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct PassiveUse {
    pub count: u32,
    pub budget: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct CheckReport {
    pub kind: DocKind,
    pub counts: Counts,
    pub scores: Scores,
    pub passive: PassiveUse,
    pub structure: Vec<StructureCheck>,
    /// In the order of the text.
    pub findings: Vec<Finding>,
    /// Findings left out because they were dismissed.
    pub dismissed: u32,
    /// How the counts and scores are made.
    pub method: String,
}

pub fn check(source: &str, options: &CheckOptions) -> CheckReport {
    let prose = prose::extract(source);
    let text = prose.text.as_str();
    let mut list: Vec<Sentence> = Vec::new();
    for (b, block) in prose.blocks.iter().enumerate() {
        for r in counting::sentences(&text[block.range.clone()]) {
            let range = block.range.start + r.start..block.range.start + r.end;
            list.push(Sentence {
                words: words::words(text, range.clone()),
                range,
                block: b,
            });
        }
    }
    let ranges: Vec<_> = list.iter().map(|s| s.range.clone()).collect();
    let counts = scores::counts(text, &ranges);
    let scores = scores::scores(&counts, counting::tokens(text));

    let mut found: Vec<Found> = Vec::new();
    for s in &list {
        sentences::length_and_difficulty(text, s.range.clone(), &mut found);
        sentences::passives(&s.words, &mut found);
        wording::words(&s.words, s.range.clone(), text, &mut found);
    }
    let passive = PassiveUse {
        count: found
            .iter()
            .filter(|f| f.rule == Rule::PassiveVoice)
            .count() as u32,
        budget: sentences::passive_budget(counts.sentences),
    };
    if passive.count > passive.budget {
        for f in found.iter_mut().filter(|f| f.rule == Rule::PassiveVoice) {
            f.severity = Severity::Warning;
        }
    }
    let jargon_from = found.len();
    glossary::jargon(text, options.glossary, &mut found);
    let explained: HashSet<usize> = found[jargon_from..].iter().map(|f| f.range.start).collect();
    acronyms::undefined(text, &list, &explained, &mut found);

    let structure = structure::checklist(options.kind, text, &prose, &list);
    let (findings, dismissed) = place(source, &ranges, found, options.dismissals);
    CheckReport {
        kind: options.kind,
        counts,
        scores,
        passive,
        structure,
        findings,
        dismissed,
        method: METHOD.to_string(),
    }
}

/// Findings in text order with their keys and positions, less the dismissed ones.
fn place(
    source: &str,
    sentences: &[std::ops::Range<usize>],
    mut found: Vec<Found>,
    dismissals: &Dismissals,
) -> (Vec<Finding>, u32) {
    found.sort_by_key(|f| (f.range.start, f.range.end));
    let offsets: Vec<usize> = found
        .iter()
        .flat_map(|f| [f.range.start, f.range.end])
        .collect();
    let at = positions::positions(source, &offsets);
    let mut dismissed = 0;
    let mut out = Vec::with_capacity(found.len());
    for f in found {
        let i = sentences.partition_point(|s| s.start <= f.range.start);
        let context = i
            .checked_sub(1)
            .map_or(f.range.clone(), |i| sentences[i].clone());
        let excerpt = source[f.range.clone()].to_string();
        let key = finding::key(f.rule, &excerpt, &source[context]);
        if dismissals.rules.contains(&f.rule) || dismissals.here.contains(&key) {
            dismissed += 1;
            continue;
        }
        let (start, end) = (at[&f.range.start], at[&f.range.end]);
        out.push(Finding {
            rule: f.rule,
            label: f.rule.label().to_string(),
            severity: f.severity,
            span: Span::of(f.range),
            utf16: Span {
                start: start.utf16,
                end: end.utf16,
            },
            line: start.line,
            column: start.column,
            excerpt,
            message: f.message,
            why: f.why.to_string(),
            suggestion: f.suggestion,
            key,
        });
    }
    (out, dismissed)
}
