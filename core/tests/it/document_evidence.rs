//! Documents as evidence for competencies, through the tags entries use: set from the
//! document, counted and listed from the competency, on the dashboard, and in the Markdown
//! export's front matter.

use crate::common::*;
use waypoint_core::documents::{DocumentKind, DocumentQuery};
use waypoint_core::export::markdown_file;
use waypoint_core::plan::NewPlan;
use waypoint_core::ErrorKind;

fn tags(raw: &[&str]) -> Vec<String> {
    raw.iter().map(|t| t.to_string()).collect()
}

fn tagged(tag: &str) -> DocumentQuery {
    DocumentQuery {
        tag: Some(tag.into()),
        ..DocumentQuery::default()
    }
}

#[test]
fn tags_are_normalised_and_a_refused_tag_changes_nothing() {
    let mut t = store();
    let doc = t
        .store
        .create_document(DocumentKind::Brief, "Billing queue")
        .unwrap();
    let saved = t
        .store
        .set_document_tags(doc.id, &tags(&["#Exec-Communication", "q2", "Q2"]))
        .unwrap();
    assert_eq!(saved.tags, ["exec-communication", "q2"]);
    assert!(saved.updated_at > doc.updated_at, "a tag is a change");

    let before = dump(&t);
    let err = t
        .store
        .set_document_tags(doc.id, &tags(&["fine", "two words", ""]))
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    let fields: Vec<_> = err.problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["tags", "tags"], "each bad tag is named: {err:?}");
    assert_eq!(dump(&t), before, "nothing was written");

    t.store.trash_document(doc.id).unwrap();
    let err = t
        .store
        .set_document_tags(doc.id, &tags(&["later"]))
        .unwrap_err();
    assert!(err.message.contains("trash"), "{}", err.message);
    let err = t.store.set_document_tags(999, &tags(&["x"])).unwrap_err();
    assert_eq!(err.kind, ErrorKind::NotFound);
}

#[test]
fn a_tagged_document_is_evidence_for_its_competency_until_it_is_trashed() {
    let mut t = store();
    let overview = t.store.competency_overview().unwrap();
    let exec = overview
        .competencies
        .iter()
        .find(|s| s.competency.tag == "exec-communication")
        .unwrap()
        .competency
        .clone();
    add(
        &mut t.store,
        "Ran the review",
        "Bottom line first.",
        &[&exec.tag],
    );
    let brief = t
        .store
        .create_document(DocumentKind::Brief, "Billing queue")
        .unwrap();
    let writeup = t
        .store
        .create_document(DocumentKind::Writeup, "Checkout speed")
        .unwrap();
    t.store
        .set_document_tags(brief.id, &tags(&[&exec.tag, "billing"]))
        .unwrap();
    t.store
        .set_document_tags(writeup.id, &tags(&["billing"]))
        .unwrap();

    let status = |t: &TestStore| {
        t.store
            .competency_overview()
            .unwrap()
            .competencies
            .into_iter()
            .find(|s| s.competency.id == exec.id)
            .unwrap()
    };
    let s = status(&t);
    assert_eq!(
        (s.evidence_count, s.entry_count, s.document_count),
        (2, 1, 1)
    );
    // The competency's side lists it; another tag's documents are not listed.
    let listed = t.store.documents(&tagged(&exec.tag)).unwrap();
    assert_eq!(listed.iter().map(|d| d.id).collect::<Vec<_>>(), [brief.id]);
    assert_eq!(listed[0].tags, [exec.tag.as_str(), "billing"]);
    let billing = t.store.documents(&tagged("#Billing")).unwrap();
    assert_eq!(billing.len(), 2, "the filter takes a tag as typed");
    // The gap list says so in words.
    let gap = t
        .store
        .competency_overview()
        .unwrap()
        .gaps
        .into_iter()
        .find(|g| g.competency_id == exec.id);
    if let Some(g) = gap {
        assert!(
            g.summary.ends_with("1 entry and 1 document of evidence"),
            "{}",
            g.summary
        );
    }

    t.store.trash_document(brief.id).unwrap();
    let s = status(&t);
    assert_eq!((s.evidence_count, s.document_count), (1, 0));
    assert!(t.store.documents(&tagged(&exec.tag)).unwrap().is_empty());
    t.store.restore_document(brief.id).unwrap();
    assert_eq!(status(&t).document_count, 1, "restored with its tags");
}

#[test]
fn the_dashboard_counts_documents_and_the_quarters_evidence() {
    let mut t = store();
    let today = d("2026-06-10");
    let now = today.and_hms_opt(9, 0, 0).unwrap();
    let dash = t.store.dashboard(now).unwrap();
    assert_eq!(dash.documents.count, 0);
    assert!(dash.documents.recent.is_empty());

    let plan = t
        .store
        .create_plan(
            &NewPlan {
                start_month: "2026-03".into(),
                title: None,
            },
            today,
        )
        .unwrap();
    let q2 = &plan.quarters[1].milestones;
    let mut ids = Vec::new();
    for title in ["One", "Two", "Three", "Four"] {
        ids.push(
            t.store
                .create_document(DocumentKind::Brief, title)
                .unwrap()
                .id,
        );
    }
    // One document shows two milestones: counted once.
    t.store.link_document(q2[0].id, ids[0], today).unwrap();
    t.store.link_document(q2[1].id, ids[0], today).unwrap();
    t.store.link_document(q2[1].id, ids[1], today).unwrap();
    let entry = add(&mut t.store, "Drafted the brief", "", &[]);
    t.store.link_evidence(q2[0].id, entry.id, today).unwrap();
    t.store.trash_document(ids[3]).unwrap();

    let dash = t.store.dashboard(now).unwrap();
    assert_eq!(dash.documents.count, 3, "the trash is not counted");
    let recent: Vec<_> = dash
        .documents
        .recent
        .iter()
        .map(|d| d.title.as_str())
        .collect();
    assert_eq!(
        recent,
        ["Three", "Two", "One"],
        "newest first, three of them"
    );
    let q = dash.quarter.expect("June is in Q2 of a plan from March");
    assert_eq!(q.number, 2);
    assert_eq!((q.evidence_entries, q.evidence_documents), (1, 2));
}

#[test]
fn the_markdown_export_carries_the_tags_in_its_front_matter() {
    let mut t = store();
    let doc = t
        .store
        .create_document(DocumentKind::Brief, "Billing queue")
        .unwrap();
    let untagged = markdown_file(&doc);
    assert!(untagged.contains("\ntags: []\n---\n"), "{untagged}");
    let doc = t
        .store
        .set_document_tags(doc.id, &tags(&["exec-communication", "2026"]))
        .unwrap();
    let file = markdown_file(&doc);
    assert!(
        file.contains("\ntags: [\"exec-communication\", \"2026\"]\n---\n"),
        "{file}"
    );
}
