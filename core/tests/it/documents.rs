//! Documents on a real file: templates, autosave with the list's figures, search, star, trash,
//! revisions (when they are kept, named versions, diffs, restore) and bad input.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};
use waypoint_core::documents::{
    templates, Change, DocumentDraft, DocumentKind, DocumentQuery, Reason,
};
use waypoint_core::time::Clock;
use waypoint_core::writing::{Dismissals, Rule};
use waypoint_core::Store;

/// A clock the test moves by hand, to cross the 5-minute revision interval.
#[derive(Clone)]
struct HandClock(Arc<Mutex<DateTime<Utc>>>);

impl HandClock {
    fn advance(&self, minutes: i64) {
        *self.0.lock().unwrap() += Duration::minutes(minutes);
    }
}

impl Clock for HandClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap()
    }
}

fn store() -> (tempfile::TempDir, Store, HandClock) {
    let dir = tempfile::tempdir().unwrap();
    let clock = HandClock(Arc::new(Mutex::new(
        "2026-11-24T09:00:00Z".parse().unwrap(),
    )));
    let store = Store::open_in_dir(dir.path(), Box::new(clock.clone())).unwrap();
    (dir, store, clock)
}

fn draft(kind: DocumentKind, title: &str, body: &str) -> DocumentDraft {
    DocumentDraft {
        kind,
        title: title.into(),
        body: body.into(),
    }
}

const GOOD_BRIEF: &str = "## Bottom line and the ask\n\nI recommend we move billing to the new queue by March 31. Please approve two engineers for six weeks by Friday.\n\n## Options considered\n\nWe considered retries and a hosted platform.\n\n## Risks\n\nThe spring sale overlaps; if it slips we pause.\n\n## Impact\n\nFailed payments fall from 4 % to 1 %.\n";

#[test]
fn every_template_has_sections_with_hints_that_are_not_prose() {
    let all = templates();
    assert_eq!(all.len(), 5);
    let brief = all.iter().find(|t| t.kind == DocumentKind::Brief).unwrap();
    for heading in [
        "Bottom line and the ask",
        "Impact in numbers",
        "Options considered",
        "Recommendation",
        "Risks",
        "Next steps and owners",
    ] {
        assert!(
            brief.body.contains(&format!("## {heading}\n\n<!-- ")),
            "{heading}"
        );
    }
    let writeup = all
        .iter()
        .find(|t| t.kind == DocumentKind::Writeup)
        .unwrap();
    assert!(writeup.body.contains("## Metric: baseline → target"));
    assert!(all
        .iter()
        .any(|t| t.kind == DocumentKind::Scqa && t.body.contains("## Complication")));
    assert!(all
        .iter()
        .any(|t| t.kind == DocumentKind::PrFaq && t.body.contains("## Internal FAQ")));
    let (_dir, mut s, _) = store();
    let d = s
        .create_document(DocumentKind::Brief, "Billing queue")
        .unwrap();
    assert_eq!(d.body, brief.body);
    let row = &s.documents(&DocumentQuery::default()).unwrap()[0];
    // The hints are HTML comments: a fresh template has no words yet.
    assert_eq!(row.words, "Bottom line and the ask Impact in numbers Options considered Recommendation Risks Next steps and owners".split(' ').count() as u32);
    assert_eq!((row.checks_passed, row.checks_total), (0, 5));
}

#[test]
fn saving_updates_the_list_figures_and_search_finds_documents() {
    let (_dir, mut s, clock) = store();
    let a = s
        .create_document(DocumentKind::Brief, "Billing queue")
        .unwrap();
    clock.advance(1);
    let b = s
        .create_document(DocumentKind::Writeup, "Faster checkout")
        .unwrap();
    clock.advance(1);
    s.save_document(
        a.id,
        &draft(DocumentKind::Brief, "Billing queue", GOOD_BRIEF),
    )
    .unwrap();
    let list = s.documents(&DocumentQuery::default()).unwrap();
    assert_eq!(list[0].id, a.id, "the one changed last comes first");
    assert_eq!((list[0].checks_passed, list[0].checks_total), (5, 5));
    assert!(list[0].words > 40);
    let found = s
        .documents(&DocumentQuery {
            text: "payments".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(found.iter().map(|d| d.id).collect::<Vec<_>>(), [a.id]);
    // The same syntax as the journal: other forms of a word, exclusions.
    let found = s
        .documents(&DocumentQuery {
            text: "payment".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(found.len(), 1);
    let others = s
        .documents(&DocumentQuery {
            text: "-payments".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(others.iter().map(|d| d.id).collect::<Vec<_>>(), [b.id]);
    s.star_document(b.id, true).unwrap();
    let starred = s
        .documents(&DocumentQuery {
            starred_only: true,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(starred.iter().map(|d| d.id).collect::<Vec<_>>(), [b.id]);
}

#[test]
fn trash_restore_and_delete_for_good() {
    let (_dir, mut s, _) = store();
    let a = s.create_document(DocumentKind::Note, "Scratch").unwrap();
    s.trash_document(a.id).unwrap();
    assert!(s.documents(&DocumentQuery::default()).unwrap().is_empty());
    assert!(s
        .documents(&DocumentQuery {
            text: "Scratch".into(),
            ..Default::default()
        })
        .unwrap()
        .is_empty());
    let trash = s
        .documents(&DocumentQuery {
            trashed: true,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(trash.len(), 1);
    assert!(trash[0].deleted_at.is_some());
    let err = s
        .save_document(a.id, &draft(DocumentKind::Note, "Scratch", "x"))
        .unwrap_err();
    assert!(err.message.contains("in the trash"), "{}", err.message);
    s.restore_document(a.id).unwrap();
    assert_eq!(
        s.documents(&DocumentQuery {
            text: "Scratch".into(),
            ..Default::default()
        })
        .unwrap()
        .len(),
        1
    );
    let err = s.delete_document_forever(a.id).unwrap_err();
    assert!(err.message.contains("Move it to the trash first"));
    s.trash_document(a.id).unwrap();
    s.delete_document_forever(a.id).unwrap();
    assert!(s.document(a.id).is_err());
}

#[test]
fn bad_input_is_refused_field_by_field_and_changes_nothing() {
    let (_dir, mut s, _) = store();
    let a = s.create_document(DocumentKind::Note, "Kept").unwrap();
    let bad = draft(
        DocumentKind::Note,
        &"t".repeat(301),
        &format!("{}\u{7}", "x".repeat(10)),
    );
    let err = s.save_document(a.id, &bad).unwrap_err();
    assert_eq!(err.problems.len(), 2, "{err:?}");
    assert!(err
        .problems
        .iter()
        .any(|p| p.field == "title" && p.message.contains("301 characters")));
    assert!(err
        .problems
        .iter()
        .any(|p| p.field == "body" && p.message.contains("U+0007")));
    let huge = draft(DocumentKind::Note, "Kept", &"x".repeat(1024 * 1024 + 1));
    assert!(s
        .save_document(a.id, &huge)
        .unwrap_err()
        .message
        .contains("limit is 1024 KiB"));
    assert_eq!(s.document(a.id).unwrap().title, "Kept");
    assert!(s.document_revisions(a.id).unwrap().is_empty());
    assert!(s
        .name_document_version(a.id, &"n".repeat(81))
        .unwrap_err()
        .message
        .contains("81 characters"));
}

#[test]
fn revisions_on_save_close_and_every_five_minutes_never_twice_the_same() {
    let (_dir, mut s, clock) = store();
    let a = s.create_document(DocumentKind::Brief, "Billing").unwrap();
    let save = |s: &mut Store, body: &str| {
        s.save_document(a.id, &draft(DocumentKind::Brief, "Billing", body))
            .unwrap()
    };
    save(&mut s, "one");
    assert_eq!(
        s.document_revisions(a.id).unwrap().len(),
        1,
        "the first autosave keeps one"
    );
    clock.advance(2);
    save(&mut s, "one two");
    assert_eq!(
        s.document_revisions(a.id).unwrap().len(),
        1,
        "2 minutes later: none"
    );
    clock.advance(3);
    save(&mut s, "one two three");
    let revs = s.document_revisions(a.id).unwrap();
    assert_eq!(revs.len(), 2, "5 minutes after the last one");
    assert_eq!(revs[0].reason, Reason::Editing);
    s.keep_document_revision(a.id, Reason::Save).unwrap();
    assert_eq!(
        s.document_revisions(a.id).unwrap().len(),
        2,
        "Ctrl+S on the same text keeps nothing new"
    );
    save(&mut s, "one two three four");
    s.keep_document_revision(a.id, Reason::Close).unwrap();
    let revs = s.document_revisions(a.id).unwrap();
    assert_eq!(revs.len(), 3);
    assert_eq!(revs[0].reason, Reason::Close);
    assert_eq!(revs[0].words, 4);
}

#[test]
fn named_versions_diffs_and_restore_as_a_new_revision() {
    let (_dir, mut s, clock) = store();
    let a = s.create_document(DocumentKind::Brief, "Billing").unwrap();
    let v1 = "We should move billing in March.\n\nIt costs two engineers.";
    s.save_document(a.id, &draft(DocumentKind::Brief, "Billing", v1))
        .unwrap();
    let named = s.name_document_version(a.id, " sent to VP ").unwrap();
    assert_eq!(named.name.as_deref(), Some("sent to VP"));
    assert_eq!(
        s.document_revisions(a.id).unwrap().len(),
        1,
        "naming the saved text names its revision"
    );
    clock.advance(6);
    let v2 = "I recommend we move billing by March 31.\n\nIt costs two engineers.";
    s.save_document(a.id, &draft(DocumentKind::Brief, "Billing", v2))
        .unwrap();
    let revs = s.document_revisions(a.id).unwrap();
    assert_eq!(revs.len(), 2);
    let diff = s
        .diff_document_revisions(revs[1].id, Some(revs[0].id))
        .unwrap();
    assert!(diff
        .iter()
        .any(|p| p.change == Change::Removed && p.text.contains("should")));
    assert!(diff
        .iter()
        .any(|p| p.change == Change::Added && p.text.contains("recommend")));
    assert_eq!(
        s.diff_document_revisions(revs[0].id, None).unwrap().len(),
        1,
        "the newest revision is the current text"
    );
    // Restore v1: the text it replaces is kept, and the restore is the newest revision.
    clock.advance(1);
    s.save_document(
        a.id,
        &draft(
            DocumentKind::Brief,
            "Billing",
            &format!("{v2} Unsaved tail."),
        ),
    )
    .unwrap();
    let restored = s.restore_document_revision(named.id).unwrap();
    assert_eq!(restored.body, v1);
    let revs = s.document_revisions(a.id).unwrap();
    assert_eq!(revs[0].reason, Reason::Restore);
    assert_eq!(revs[1].reason, Reason::BeforeRestore);
    assert!(s
        .diff_document_revisions(revs[1].id, None)
        .unwrap()
        .iter()
        .any(|p| p.change == Change::Removed && p.text.contains("Unsaved tail")));
    assert_eq!(revs.len(), 4);
    let other = s.create_document(DocumentKind::Note, "Other").unwrap();
    s.save_document(other.id, &draft(DocumentKind::Note, "Other", "x"))
        .unwrap();
    let other_rev = s.document_revisions(other.id).unwrap()[0].id;
    assert!(s
        .diff_document_revisions(revs[0].id, Some(other_rev))
        .unwrap_err()
        .message
        .contains("different documents"));
}

#[test]
fn dismissals_are_kept_with_the_document_and_counted_in_the_list() {
    let (_dir, mut s, _) = store();
    let a = s.create_document(DocumentKind::Note, "Hedges").unwrap();
    s.save_document(
        a.id,
        &draft(
            DocumentKind::Note,
            "Hedges",
            "Nearly all users saw it. Many said so.",
        ),
    )
    .unwrap();
    assert_eq!(
        s.documents(&DocumentQuery::default()).unwrap()[0].warnings,
        2
    );
    let d = s
        .set_document_dismissals(
            a.id,
            &Dismissals {
                here: vec![],
                rules: vec![Rule::Weasel],
            },
        )
        .unwrap();
    assert_eq!(d.dismissals.rules, [Rule::Weasel]);
    assert_eq!(
        s.documents(&DocumentQuery::default()).unwrap()[0].warnings,
        0
    );
}

#[test]
fn text_that_cannot_be_saved_is_kept_as_a_revision_and_reopened_to_fix() {
    let (_dir, mut s, _) = store();
    let a = s.create_document(DocumentKind::Note, "Notes").unwrap();
    s.save_document(a.id, &draft(DocumentKind::Note, "Notes", "Saved text."))
        .unwrap();
    let bad = draft(DocumentKind::Note, "Notes", "Pasted \u{7} from a terminal.");
    assert!(s.save_document(a.id, &bad).is_err());
    let kept = s.keep_unsaved_document(a.id, &bad).unwrap();
    assert_eq!(kept.reason, Reason::Unsaved);
    assert_eq!(
        s.document(a.id).unwrap().body,
        "Saved text.",
        "the document is as it was"
    );
    // Restoring it as it is says what to fix; reopening gives the text back to the editor.
    let err = s.restore_document_revision(kept.id).unwrap_err();
    assert!(err.message.contains("U+0007"), "{}", err.message);
    assert_eq!(s.document_revision_draft(kept.id).unwrap(), bad);
    let huge = draft(DocumentKind::Note, "Notes", &"x".repeat(17 * 1024 * 1024));
    assert!(s
        .keep_unsaved_document(a.id, &huge)
        .unwrap_err()
        .message
        .contains("copy it somewhere safe"));
}
