//! The structure a business reader expects, as a checklist: the bottom line first, an explicit
//! ask, quantified impact, and for a brief the risks and the options considered.

use serde::Serialize;
use specta::Type;

use super::finding::Span;
use super::lexicon::{
    DATE_WORDS, DECISION_WORDS, NUMBER_WORDS, OPTION_WORDS, OWNER_WORDS, REQUEST_WORDS, RISK_WORDS,
    UNITS,
};
use super::prose::{Block, BlockKind, Prose, RoiBlock};
use super::words::{Sentence, Word};
use super::{counting, DocKind};

/// The bottom line: a first paragraph of at most this many words.
const BLUF_WORDS: u32 = 60;
/// The ask is early when it is in the first paragraph or within this many words.
const EARLY_WORDS: u32 = 120;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "kebab-case")]
pub enum StructureRule {
    BottomLineFirst,
    ExplicitAsk,
    QuantifiedImpact,
    RisksStated,
    OptionsConsidered,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct StructureCheck {
    pub rule: StructureRule,
    pub label: String,
    pub passed: bool,
    /// Why a reader needs it.
    pub explanation: String,
    /// What was found, or what to do.
    pub detail: String,
    /// Where it was found (bytes), if anywhere.
    pub span: Option<Span>,
}

pub fn checklist(
    kind: DocKind,
    text: &str,
    prose: &Prose,
    sentences: &[Sentence],
) -> Vec<StructureCheck> {
    let blocks = &prose.blocks;
    let rules: &[StructureRule] = match kind {
        DocKind::Brief => &[
            StructureRule::BottomLineFirst,
            StructureRule::ExplicitAsk,
            StructureRule::QuantifiedImpact,
            StructureRule::RisksStated,
            StructureRule::OptionsConsidered,
        ],
        // A writeup opens with the customer and the problem, so its bottom line is not first.
        DocKind::Writeup => &[StructureRule::ExplicitAsk, StructureRule::QuantifiedImpact],
        DocKind::Note => &[],
    };
    rules
        .iter()
        .map(|&rule| match rule {
            StructureRule::BottomLineFirst => bottom_line(text, blocks, sentences),
            StructureRule::ExplicitAsk => ask(text, blocks, sentences),
            StructureRule::QuantifiedImpact => impact(kind, text, sentences, &prose.roi_blocks),
            StructureRule::RisksStated => mentions(rule, text, blocks, sentences, RISK_WORDS),
            StructureRule::OptionsConsidered => {
                mentions(rule, text, blocks, sentences, OPTION_WORDS)
            }
        })
        .collect()
}

fn has_number<'w, 't: 'w>(words: impl IntoIterator<Item = &'w Word<'t>>) -> bool {
    words.into_iter().any(|w| is_number(&w.lower))
}

fn is_number(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_digit()) || NUMBER_WORDS.contains(&word)
}

fn has_date_or_number<'w, 't: 'w>(words: impl IntoIterator<Item = &'w Word<'t>> + Clone) -> bool {
    has_number(words.clone()) || any_of(words, DATE_WORDS)
}

fn any_of<'w, 't: 'w>(words: impl IntoIterator<Item = &'w Word<'t>>, list: &[&str]) -> bool {
    words.into_iter().any(|w| list.contains(&w.lower.as_str()))
}

/// A sentence as the checklist quotes it: trimmed, and cut at about 100 characters.
fn quote(text: &str, range: &std::ops::Range<usize>) -> String {
    let s = text[range.clone()].trim();
    match s.char_indices().nth(100) {
        Some((cut, _)) => format!("\"{}…\"", s[..cut].trim_end()),
        None => format!("\"{s}\""),
    }
}

fn first_paragraph(blocks: &[Block]) -> Option<usize> {
    blocks.iter().position(|b| b.kind == BlockKind::Paragraph)
}

fn bottom_line(text: &str, blocks: &[Block], sentences: &[Sentence]) -> StructureCheck {
    let explanation = "An executive reads the first lines and decides whether to read on: they \
        should hold the decision or recommendation and the number that backs it.";
    let mut check = StructureCheck {
        rule: StructureRule::BottomLineFirst,
        label: "The bottom line comes first".into(),
        passed: false,
        explanation: explanation.into(),
        detail: "There is no paragraph yet: open with your recommendation and its impact.".into(),
        span: None,
    };
    let Some(first) = first_paragraph(blocks) else {
        return check;
    };
    let range = blocks[first].range.clone();
    let words = sentences
        .iter()
        .filter(|s| s.block == first)
        .flat_map(|s| &s.words);
    let count = counting::words(&text[range.clone()]);
    let mut missing = Vec::new();
    if count > BLUF_WORDS {
        missing.push(format!(
            "it has {count} words (aim for {BLUF_WORDS} or fewer)"
        ));
    }
    if !any_of(words.clone(), DECISION_WORDS) {
        missing.push(
            "it names no decision or recommendation (\"I recommend…\", \"we should…\")".into(),
        );
    }
    if !has_date_or_number(words) {
        missing.push("it has no number or date".into());
    }
    check.span = Some(Span::of(range));
    check.passed = missing.is_empty();
    check.detail = if check.passed {
        format!("The first paragraph ({count} words) makes a recommendation with a number or date.")
    } else {
        format!("The first paragraph: {}.", missing.join("; "))
    };
    check
}

fn ask(text: &str, blocks: &[Block], sentences: &[Sentence]) -> StructureCheck {
    let mut check = StructureCheck {
        rule: StructureRule::ExplicitAsk,
        label: "The ask is explicit".into(),
        passed: false,
        explanation: "A reader who agrees still needs to know what you want from them, from whom \
            and by when; put it where they will see it."
            .into(),
        detail: "No sentence asks for something with an owner or a date: say who should approve, \
            fund or decide what, by when."
            .into(),
        span: None,
    };
    let first = first_paragraph(blocks);
    let mut words_before = 0u32;
    for s in sentences {
        let asks = any_of(&s.words, REQUEST_WORDS);
        let owner = any_of(&s.words, OWNER_WORDS)
            || has_date_or_number(&s.words)
            || s.words.iter().skip(1).any(|w| w.text.starts_with('@'));
        if asks && owner {
            let early = Some(s.block) == first || words_before <= EARLY_WORDS;
            check.span = Some(Span::of(s.range.clone()));
            check.passed = early;
            check.detail = if early {
                quote(text, &s.range)
            } else {
                format!(
                    "The ask comes after {words_before} words: {}. Move it into the first paragraph.",
                    quote(text, &s.range)
                )
            };
            return check;
        }
        words_before += s.words.len() as u32;
    }
    check
}

/// Whether word `i` is a number that carries a unit: $, €, £ before it, % after it, a unit
/// word after it, or a unit suffix ("120k", "40ms").
fn is_amount(text: &str, words: &[Word], i: usize) -> bool {
    let w = &words[i];
    if !is_number(&w.lower) {
        return false;
    }
    let before = text[..w.range.start].chars().next_back();
    let after = text[w.range.end..].chars().next();
    let symbol = matches!(before, Some('$' | '€' | '£')) || after == Some('%');
    let suffix = w.lower.trim_start_matches(|c: char| c.is_ascii_digit());
    let unit_after = words
        .get(i + 1)
        .is_some_and(|n| UNITS.contains(&n.lower.as_str()));
    symbol || unit_after || (suffix != w.lower && UNITS.contains(&suffix))
}

/// "from 11 s to 3.2 s", "4 % → 1 %", "11 s -> 3 s".
fn has_baseline_and_target(text: &str, words: &[Word]) -> bool {
    let numbers: Vec<usize> = (0..words.len())
        .filter(|&i| is_number(&words[i].lower))
        .collect();
    let from_to = words
        .iter()
        .position(|w| w.lower == "from")
        .is_some_and(|f| {
            let to = words[f..]
                .iter()
                .position(|w| w.lower == "to")
                .map(|t| t + f);
            to.is_some_and(|t| {
                numbers.iter().any(|&n| n > f && n < t) && numbers.iter().any(|&n| n > t)
            })
        });
    let arrow = numbers.windows(2).any(|pair| {
        let between = &text[words[pair[0]].range.end..words[pair[1]].range.start];
        between.contains('→') || between.contains("->")
    });
    from_to || arrow
}

/// A ```roi block that works out quantifies the impact too: its sentence, and where it is.
fn roi_summary(blocks: &[RoiBlock]) -> Option<(String, usize)> {
    blocks.iter().find_map(|b| {
        let model = crate::roi::model_from_block(&b.text, b.line).ok()?;
        let report = crate::roi::report(&model, &crate::roi::Currency::default());
        Some((report.summary, b.start))
    })
}

fn impact(kind: DocKind, text: &str, sentences: &[Sentence], roi: &[RoiBlock]) -> StructureCheck {
    let mut amount = None;
    let mut change = None;
    for s in sentences {
        if amount.is_none() && (0..s.words.len()).any(|i| is_amount(text, &s.words, i)) {
            amount = Some(s.range.clone());
        }
        if change.is_none() && has_baseline_and_target(text, &s.words) {
            change = Some(s.range.clone());
        }
    }
    let needs_change = kind == DocKind::Writeup;
    let model = if change.is_none() {
        roi_summary(roi)
    } else {
        None
    };
    let (passed, detail, span) = match (&change, &model, &amount) {
        (Some(r), _, _) => (true, quote(text, r), Some(r.clone())),
        (None, Some((summary, start)), _) => (
            true,
            format!("The ROI model: {summary}"),
            Some(*start..*start + 3),
        ),
        (None, None, Some(r)) if !needs_change => (
            true,
            format!(
                "{} — better still, give the baseline and the target (\"from 11 s to 3 s\").",
                quote(text, r)
            ),
            Some(r.clone()),
        ),
        (None, None, Some(r)) => (
            false,
            "Give the metric's baseline and target: \"from 11 s to 3 s\", \"4 % → 1 %\".".into(),
            Some(r.clone()),
        ),
        (None, None, None) => (
            false,
            "No number with a unit (%, $, hours, users…): say how much, and from what to what."
                .into(),
            None,
        ),
    };
    StructureCheck {
        rule: StructureRule::QuantifiedImpact,
        label: "The impact is quantified".into(),
        passed,
        explanation: "Numbers let a reader weigh your proposal against others; adjectives do not."
            .into(),
        detail,
        span: span.map(Span::of),
    }
}

/// A sentence with one of `list`'s words; a heading counts only with text under it, so a
/// template's empty "## Risks" does not pass.
fn mentions(
    rule: StructureRule,
    text: &str,
    blocks: &[Block],
    sentences: &[Sentence],
    list: &[&str],
) -> StructureCheck {
    let (label, explanation, missing) = match rule {
        StructureRule::RisksStated => (
            "The risks are stated",
            "Naming the risks, and what you will do about them, shows you have thought past the happy path; readers trust the rest more.",
            "No risks are named: add what could go wrong and how you would handle it.",
        ),
        _ => (
            "Options were considered",
            "A recommendation is stronger next to the options it beat, and the reader sees you did not stop at the first idea.",
            "No other options are named: say what else you considered and why this one wins.",
        ),
    };
    let filled = |b: usize| {
        blocks[b].kind != BlockKind::Heading
            || blocks
                .get(b + 1)
                .is_some_and(|next| next.kind != BlockKind::Heading)
    };
    let found = sentences
        .iter()
        .find(|s| any_of(&s.words, list) && filled(s.block));
    StructureCheck {
        rule,
        label: label.into(),
        passed: found.is_some(),
        explanation: explanation.into(),
        detail: found.map_or_else(|| missing.to_string(), |s| quote(text, &s.range)),
        span: found.map(|s| Span::of(s.range.clone())),
    }
}
