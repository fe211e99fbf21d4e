//! The writing checks: counts and scores against textstat (tests/fixtures/writing/reference.py
//! writes its figures), each rule on text that should and should not trip it, Markdown that is
//! not prose, the editor's UTF-16 positions, the structure checklist and dismissals.

use std::path::Path;

use serde_json::Value;
use waypoint_core::writing::{
    built_in_glossary, check, CheckOptions, CheckReport, Dismissals, DocKind, Rule, Severity,
    StructureRule,
};

fn run(text: &str, kind: DocKind) -> CheckReport {
    run_with(text, kind, &Dismissals::default())
}

fn run_with(text: &str, kind: DocKind, dismissals: &Dismissals) -> CheckReport {
    check(
        text,
        &CheckOptions {
            kind,
            glossary: &built_in_glossary(),
            dismissals,
        },
    )
}

fn rules(r: &CheckReport) -> Vec<(Rule, String)> {
    r.findings
        .iter()
        .map(|f| (f.rule, f.excerpt.clone()))
        .collect()
}

fn has(r: &CheckReport, rule: Rule, excerpt: &str) -> bool {
    r.findings
        .iter()
        .any(|f| f.rule == rule && f.excerpt == excerpt)
}

fn close(a: f64, b: &Value) -> bool {
    (a - b.as_f64().unwrap()).abs() < 1e-9
}

#[test]
fn counts_and_scores_agree_with_textstat() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/writing");
    let reference: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("reference.json")).unwrap())
            .unwrap();
    let samples = reference.as_object().unwrap();
    assert_eq!(samples.len(), 3);
    for (name, want) in samples {
        let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap();
        let r = run(&text, DocKind::Note);
        let c = &r.counts;
        let s = &r.scores;
        // "quirks" has words the CMU dictionary lacks (p99, wellknown, 15…): the fallback
        // counts them as textstat's hyphenation does, so the totals still agree exactly.
        assert_eq!(
            u64::from(c.words),
            want["words"].as_u64().unwrap(),
            "{name}: words"
        );
        assert_eq!(
            u64::from(c.sentences),
            want["sentences"].as_u64().unwrap(),
            "{name}: sentences"
        );
        assert_eq!(
            u64::from(c.syllables),
            want["syllables"].as_u64().unwrap(),
            "{name}: syllables"
        );
        assert_eq!(
            u64::from(c.characters),
            want["characters"].as_u64().unwrap(),
            "{name}: characters"
        );
        assert!(
            close(s.flesch_reading_ease, &want["flesch_reading_ease"]),
            "{name}: FRE {}",
            s.flesch_reading_ease
        );
        assert!(
            close(s.flesch_kincaid_grade, &want["flesch_kincaid_grade"]),
            "{name}: FKG {}",
            s.flesch_kincaid_grade
        );
        assert!(
            close(
                s.automated_readability_index,
                &want["automated_readability_index"]
            ),
            "{name}: ARI"
        );
        assert!(
            close(c.reading_time_seconds, &want["reading_time_seconds"]),
            "{name}: reading time"
        );
    }
}

#[test]
fn code_links_and_front_matter_are_not_counted_or_checked() {
    let plain = "We cut the wait in half. The team shipped it in May.";
    let marked = "---\ntitle: Really significantly basically\n---\n\nWe cut the wait in half. The team shipped it in [May](https://example.com/very/really).\n\n```\nthis code is very really basically passive and was written\n```\n\nRun `was done quickly` https://example.com/x\n";
    let a = run(plain, DocKind::Note);
    let b = run(marked, DocKind::Note);
    assert_eq!(b.counts.words, a.counts.words + 1, "only \"Run\" is added");
    assert!(b.findings.is_empty(), "{:?}", rules(&b));
}

#[test]
fn long_and_hard_sentences_are_flagged_with_their_severity() {
    let long = "We will move the billing service to the new queue in the spring because the old one drops messages when the load is high and the team on call has to fix it by hand at night.";
    let r = run(long, DocKind::Note);
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == Rule::LongSentence)
        .expect("long");
    assert_eq!(f.severity, Severity::Warning);
    assert!(f.message.contains("37 words"), "{}", f.message);
    let twenty_five = "We will move the billing service to the new queue in the spring because the old one drops some of our messages at night.";
    let f = run(twenty_five, DocKind::Note);
    let f = f
        .findings
        .iter()
        .find(|f| f.rule == Rule::LongSentence)
        .expect("note");
    assert_eq!(f.severity, Severity::Note);
    let hard = "Comprehensive infrastructure modernization necessitates substantial organizational commitment, sustained investment, and coordinated prioritization across departments.";
    assert!(has(&run(hard, DocKind::Note), Rule::VeryHardSentence, hard));
    let easy = "We fix the bug. It took a day. Now it works for all of our users again.";
    let r = run(easy, DocKind::Note);
    assert!(!r.findings.iter().any(|f| matches!(
        f.rule,
        Rule::LongSentence | Rule::HardSentence | Rule::VeryHardSentence
    )));
}

#[test]
fn passive_voice_with_states_left_alone_and_a_budget() {
    let r = run("The report was written by the team. We are interested in the result. The fix is located in the queue.", DocKind::Note);
    assert!(has(&r, Rule::PassiveVoice, "was written"));
    assert_eq!(r.passive.count, 1, "{:?}", rules(&r));
    // Three sentences allow one passive.
    assert_eq!(r.passive.budget, 1);
    assert_eq!(
        r.findings
            .iter()
            .find(|f| f.rule == Rule::PassiveVoice)
            .unwrap()
            .severity,
        Severity::Note
    );
    let r = run("The report was written by the team. The code was quickly reviewed by Sam. The service was shipped in May.", DocKind::Note);
    assert_eq!(r.passive.count, 3, "{:?}", rules(&r));
    assert!(has(&r, Rule::PassiveVoice, "was quickly reviewed"));
    assert!(r
        .findings
        .iter()
        .filter(|f| f.rule == Rule::PassiveVoice)
        .all(|f| f.severity == Severity::Warning));
}

#[test]
fn hedges_weasels_and_adverbs() {
    let r = run("I think we should probably ship it. Nearly all customers saw the page load significantly faster. It ran smoothly only on Monday.", DocKind::Note);
    assert!(has(&r, Rule::Hedge, "I think"));
    assert!(has(&r, Rule::Hedge, "probably"));
    assert!(has(&r, Rule::Weasel, "Nearly all"));
    assert!(has(&r, Rule::Weasel, "significantly"));
    assert!(has(&r, Rule::Adverb, "smoothly"));
    assert!(!has(&r, Rule::Adverb, "only"));
    assert!(
        !has(&r, Rule::Adverb, "significantly"),
        "a weasel is not also an adverb"
    );
    let w = r.findings.iter().find(|f| f.rule == Rule::Weasel).unwrap();
    assert!(w.suggestion.contains("number"));
    // With a number beside it, "significantly" says how much.
    let r = run(
        "The page loads significantly faster, from 11 s to 3 s.",
        DocKind::Note,
    );
    assert!(!r.findings.iter().any(|f| f.rule == Rule::Weasel));
}

#[test]
fn acronyms_need_spelling_out_once_before_use() {
    let r = run("Our RTT fell. Round-trip time (RTT) is what users feel. The OKR is met, and TTFB (time to first byte) too. TTFB fell, but QPS rose and QPS matters.", DocKind::Note);
    let acronyms: Vec<&str> = r
        .findings
        .iter()
        .filter(|f| f.rule == Rule::UndefinedAcronym)
        .map(|f| f.excerpt.as_str())
        .collect();
    assert_eq!(
        acronyms,
        ["RTT", "QPS"],
        "RTT is used before its definition; QPS never defined (once); OKR is known"
    );
    assert!(r
        .findings
        .iter()
        .find(|f| f.excerpt == "RTT")
        .unwrap()
        .message
        .contains("before"));
    // An acronym the glossary explains gets the plain phrasing instead.
    let r = run("Our MTTR is four hours.", DocKind::Note);
    assert!(has(&r, Rule::Jargon, "MTTR"));
    assert!(!r.findings.iter().any(|f| f.rule == Rule::UndefinedAcronym));
}

#[test]
fn technical_terms_get_a_business_phrasing() {
    let r = run(
        "We paid down tech debt, cut p99 latency and sharded the message queue. Dr. Lee agreed. The tech debt is gone.",
        DocKind::Note,
    );
    let jargon: Vec<(&str, &str)> = r
        .findings
        .iter()
        .filter(|f| f.rule == Rule::Jargon)
        .map(|f| (f.excerpt.as_str(), f.suggestion.as_str()))
        .collect();
    assert_eq!(jargon.len(), 4, "{jargon:?}");
    assert_eq!(jargon[0].0, "tech debt");
    assert_eq!(
        jargon[1].0, "p99 latency",
        "the longer spelling wins over \"p99\" and \"latency\""
    );
    assert!(jargon[1].1.contains("slowest 1 %"));
    assert_eq!(jargon[2].0, "sharded");
    assert_eq!(jargon[3].0, "message queue");
    // Explained once, where the reader first meets it.
    assert_eq!(jargon.iter().filter(|(e, _)| *e == "tech debt").count(), 1);
    assert!(
        !jargon.iter().any(|(e, _)| *e == "Dr"),
        "DR (disaster recovery) matches only in capitals"
    );
}

#[test]
fn positions_are_the_editors_utf16_units_and_lines_and_columns() {
    let text = "# Café 🚀\n\nNaïve 👩‍💻 plans were probably fine.\n";
    let r = run(text, DocKind::Note);
    let f = r
        .findings
        .iter()
        .find(|f| f.excerpt == "probably")
        .expect("hedge");
    let start = text.find("probably").unwrap();
    assert_eq!(f.span.start as usize, start);
    assert_eq!(f.span.end as usize, start + "probably".len());
    let utf16_start = text[..start].encode_utf16().count() as u32;
    assert_eq!(f.utf16.start, utf16_start);
    assert_eq!(f.utf16.end, utf16_start + 8);
    assert_eq!(f.line, 3);
    let line = text.lines().nth(2).unwrap();
    assert_eq!(
        f.column as usize,
        line[..line.find("probably").unwrap()].chars().count() + 1
    );
}

const BRIEF: &str = "# Move billing to the new queue\n\nBilling drops payments when the load is high, and the old queue is hard to run.\n\n## Options\n\nWe considered more retries, a hosted platform, or the new queue.\n\n## Risks\n\nThe migration overlaps the spring sale; if it slips we pause for two weeks.\n\n## Impact\n\nFailed payments fall from 4 % to 1 %, worth $90k a quarter.\n\n## Next steps\n\nThe team starts on Monday.\n";

fn structure(r: &CheckReport) -> Vec<(StructureRule, bool)> {
    r.structure.iter().map(|c| (c.rule, c.passed)).collect()
}

#[test]
fn the_brief_checklist_turns_green_when_the_bottom_line_comes_first() {
    let r = run(BRIEF, DocKind::Brief);
    assert_eq!(
        structure(&r),
        [
            (StructureRule::BottomLineFirst, false),
            (StructureRule::ExplicitAsk, false),
            (StructureRule::QuantifiedImpact, true),
            (StructureRule::RisksStated, true),
            (StructureRule::OptionsConsidered, true),
        ]
    );
    let bluf = &r.structure[0];
    assert!(bluf.detail.contains("no decision"), "{}", bluf.detail);
    let fixed = BRIEF.replace(
        "Billing drops payments when the load is high, and the old queue is hard to run.",
        "I recommend we move billing to the new queue by March 31. Please approve two engineers for six weeks by Friday.",
    );
    let r = run(&fixed, DocKind::Brief);
    assert!(r.structure.iter().all(|c| c.passed), "{:?}", r.structure);
    assert!(
        r.structure[1].detail.contains("approve"),
        "{}",
        r.structure[1].detail
    );
}

#[test]
fn an_ask_at_the_end_is_found_but_not_early() {
    let filler = "The service handles card payments for every shop. ".repeat(30);
    let text = format!(
        "We should move it in March.\n\n{filler}\n\nPlease approve the two engineers by Friday.\n"
    );
    let r = run(&text, DocKind::Brief);
    let ask = r
        .structure
        .iter()
        .find(|c| c.rule == StructureRule::ExplicitAsk)
        .unwrap();
    assert!(!ask.passed);
    assert!(
        ask.detail.contains("after") && ask.detail.contains("approve"),
        "{}",
        ask.detail
    );
    assert!(ask.span.is_some());
}

#[test]
fn a_writeup_needs_a_baseline_and_a_target_and_a_note_has_no_checklist() {
    let one = "Checkout takes 3 seconds now. We need a designer for three weeks by June, please approve it.";
    let r = run(one, DocKind::Writeup);
    assert_eq!(
        structure(&r),
        [
            (StructureRule::ExplicitAsk, true),
            (StructureRule::QuantifiedImpact, false)
        ]
    );
    let both = one.replace("takes 3 seconds now", "went from 11 s to 3 s");
    assert!(run(&both, DocKind::Writeup)
        .structure
        .iter()
        .all(|c| c.passed));
    assert!(run(one, DocKind::Note).structure.is_empty());
}

#[test]
fn dismissed_findings_stay_dismissed_until_their_sentence_changes() {
    let text = "We should probably ship it. We will probably win.";
    let r = run(text, DocKind::Note);
    let hedges: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.rule == Rule::Hedge)
        .collect();
    assert_eq!(hedges.len(), 2);
    assert_ne!(
        hedges[0].key, hedges[1].key,
        "the same word in two sentences is two findings"
    );
    let here = Dismissals {
        here: vec![hedges[0].key.clone()],
        rules: vec![],
    };
    let r = run_with(text, DocKind::Note, &here);
    assert_eq!(r.dismissed, 1);
    assert_eq!(
        r.findings.iter().filter(|f| f.rule == Rule::Hedge).count(),
        1
    );
    // Text added elsewhere does not bring it back; rewriting its sentence does.
    let r = run_with(&format!("Intro line here.\n\n{text}"), DocKind::Note, &here);
    assert_eq!(r.dismissed, 1);
    let r = run_with(
        &text.replace("ship it", "ship it today"),
        DocKind::Note,
        &here,
    );
    assert_eq!(r.dismissed, 0);
    let rule = Dismissals {
        here: vec![],
        rules: vec![Rule::Hedge],
    };
    let r = run_with(text, DocKind::Note, &rule);
    assert_eq!(r.dismissed, 2);
    assert!(!r.findings.iter().any(|f| f.rule == Rule::Hedge));
}

#[test]
fn an_empty_document_has_nothing_to_say_and_no_nan() {
    let r = run("", DocKind::Brief);
    assert_eq!(r.counts.words, 0);
    assert_eq!(r.counts.sentences, 0);
    assert_eq!(r.scores.flesch_reading_ease, 0.0);
    assert!(r.findings.is_empty());
    assert!(!r.structure[0].passed);
    assert!(run("```\ncode only\n```", DocKind::Note).counts.words == 0);
}

#[test]
fn an_roi_model_that_works_out_quantifies_the_impact() {
    let text = "I recommend the queue by March 31; please approve it by Friday.\n\n```roi\n{\"flows\": [{\"month\": 0, \"amount\": -1000}, {\"month\": 1, \"amount\": 800}, {\"month\": 2, \"amount\": 800}]}\n```\n";
    let r = run(text, DocKind::Writeup);
    let impact = r
        .structure
        .iter()
        .find(|c| c.rule == StructureRule::QuantifiedImpact)
        .unwrap();
    assert!(impact.passed, "{impact:?}");
    assert!(
        impact
            .detail
            .starts_with("The ROI model: Investing $1k returns"),
        "{}",
        impact.detail
    );
    // A model that does not work out quantifies nothing.
    let broken = text.replace("\"month\": 0", "\"month\": -1");
    let r = run(&broken, DocKind::Writeup);
    assert!(
        !r.structure
            .iter()
            .find(|c| c.rule == StructureRule::QuantifiedImpact)
            .unwrap()
            .passed
    );
}
