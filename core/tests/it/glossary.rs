//! The writer's glossary on a real file: built-in terms edited, hidden and reset, terms of
//! their own added and deleted, bad input refused field by field, and the checks following it.

use crate::common::*;
use waypoint_core::documents::{check_document, DocumentKind, GlossaryDraft, GlossaryRef};
use waypoint_core::writing::{built_in_glossary, Dismissals, Rule};
use waypoint_core::ErrorKind;

fn draft(terms: &[&str], plain: &str) -> GlossaryDraft {
    GlossaryDraft {
        terms: terms.iter().map(|t| t.to_string()).collect(),
        plain: plain.into(),
    }
}

fn built_in(key: &str) -> GlossaryRef {
    GlossaryRef::BuiltIn(key.into())
}

/// The suggestions the checks make for `text` with the store's glossary.
fn jargon(t: &TestStore, text: &str) -> Vec<String> {
    let glossary = t.store.writing_glossary().unwrap();
    check_document(text, DocumentKind::Note, &Dismissals::default(), &glossary)
        .findings
        .into_iter()
        .filter(|f| f.rule == Rule::Jargon)
        .map(|f| f.suggestion)
        .collect()
}

#[test]
fn a_new_glossary_is_the_built_in_one() {
    let t = store();
    let all = t.store.glossary().unwrap();
    assert_eq!(all.len(), built_in_glossary().len());
    assert!(all.len() >= 60);
    assert!(all.iter().all(|e| !e.edited && !e.hidden));
    assert_eq!(all[0].term, built_in("p99 latency"));
    assert_eq!(
        jargon(&t, "Our p99 latency doubled."),
        ["Say what it means: how slow the slowest 1 % of requests are."]
    );
}

#[test]
fn a_built_in_term_can_be_rephrased_hidden_and_reset_in_its_place() {
    let mut t = store();
    let all = t
        .store
        .edit_glossary_term(
            &built_in("MTTR"),
            &draft(&["MTTR", "time to restore"], "how fast we fix an outage"),
        )
        .unwrap();
    let i = all.iter().position(|e| e.term == built_in("MTTR")).unwrap();
    let shipped = built_in_glossary()
        .iter()
        .position(|g| g.terms[0] == "MTTR")
        .unwrap();
    assert_eq!(
        i, shipped,
        "it keeps its place (no terms of the writer's own yet)"
    );
    assert!(all[i].edited);
    assert_eq!(all[i].terms, ["MTTR", "time to restore"]);
    assert_eq!(
        jargon(&t, "Time to restore fell."),
        ["Say what it means: how fast we fix an outage."]
    );

    t.store
        .set_glossary_term_hidden(&built_in("MTTR"), true)
        .unwrap();
    assert!(jargon(&t, "MTTR fell.").is_empty(), "hidden: not flagged");
    let all = t
        .store
        .set_glossary_term_hidden(&built_in("MTTR"), false)
        .unwrap();
    assert_eq!(
        all[i].plain, "how fast we fix an outage",
        "kept while hidden"
    );

    let all = t.store.reset_glossary_term("MTTR").unwrap();
    assert!(!all[i].edited);
    assert_eq!(all[i].terms, built_in_glossary()[shipped].terms);
    // Hiding alone is not an edit, and a reset brings the term back.
    let all = t
        .store
        .set_glossary_term_hidden(&built_in("sharding"), true)
        .unwrap();
    let s = all.iter().find(|e| e.term == built_in("sharding")).unwrap();
    assert!(s.hidden && !s.edited);
    t.store.reset_glossary_term("sharding").unwrap();
    assert_eq!(jargon(&t, "Sharding it.").len(), 1);
}

#[test]
fn terms_of_ones_own_are_flagged_edited_and_deleted() {
    let mut t = store();
    let all = t
        .store
        .add_glossary_term(&draft(
            &[" blast radius ", "", "Blast Radius"],
            " how much breaks when one part fails ",
        ))
        .unwrap();
    let mine = all[0].clone();
    let GlossaryRef::Own(id) = mine.term else {
        panic!("the writer's own come first: {mine:?}")
    };
    assert_eq!(
        mine.terms,
        ["blast radius"],
        "trimmed, blanks and repeats dropped"
    );
    assert_eq!(mine.plain, "how much breaks when one part fails");
    assert_eq!(
        jargon(&t, "The blast radius is small."),
        ["Say what it means: how much breaks when one part fails."]
    );

    t.store
        .edit_glossary_term(
            &mine.term,
            &draft(&["blast radius"], "what one failure takes down"),
        )
        .unwrap();
    assert_eq!(
        jargon(&t, "Blast radius."),
        ["Say what it means: what one failure takes down."]
    );
    let gone = t.store.delete_glossary_term(id).unwrap();
    assert_eq!(gone.plain, "what one failure takes down");
    assert!(jargon(&t, "Blast radius.").is_empty());
    assert_eq!(
        t.store.delete_glossary_term(id).unwrap_err().kind,
        ErrorKind::NotFound
    );
}

#[test]
fn bad_terms_are_refused_each_beside_its_field_and_change_nothing() {
    let mut t = store();
    let before = dump(&t);
    let err = t
        .store
        .add_glossary_term(&draft(&["p99", "—", &"x".repeat(61)], "  "))
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    let fields: Vec<_> = err.problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["terms", "terms", "terms", "plain"], "{err:?}");
    assert!(
        err.problems[0].message.contains("under \"p99 latency\""),
        "{}",
        err.problems[0].message
    );
    let err = t
        .store
        .add_glossary_term(&draft(&[" "], "fine"))
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("terms"));
    assert_eq!(dump(&t), before, "nothing was written");

    // Editing a term may keep its own spellings; a built-in that does not exist is named.
    t.store
        .edit_glossary_term(
            &built_in("p99 latency"),
            &draft(&["p99"], "the slowest 1 %"),
        )
        .unwrap();
    let err = t
        .store
        .edit_glossary_term(&built_in("warp drive"), &draft(&["warp"], "fast"))
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::NotFound);
}
