//! Rejected input gets a specific message and leaves the database exactly as it was.

use crate::common::*;
use waypoint_core::journal::{validate, EntryDraft};
use waypoint_core::search::EntryQuery;
use waypoint_core::ErrorKind;

fn bad_drafts() -> Vec<(EntryDraft, &'static str)> {
    let ok = draft("Title", "Body", &["ok"]);
    vec![
        (
            EntryDraft {
                entry_date: Some("".into()),
                ..ok.clone()
            },
            "date is empty",
        ),
        (
            EntryDraft {
                entry_date: Some("2026-02-30".into()),
                ..ok.clone()
            },
            "not a valid date",
        ),
        (
            EntryDraft {
                entry_date: Some("24/11/2026".into()),
                ..ok.clone()
            },
            "YYYY-MM-DD",
        ),
        (
            EntryDraft {
                entry_date: Some("0099-01-01".into()),
                ..ok.clone()
            },
            "out of range",
        ),
        (
            EntryDraft {
                entry_date: Some("2999-01-01".into()),
                ..ok.clone()
            },
            "out of range",
        ),
        (
            EntryDraft {
                body: "x".repeat(validate::MAX_BODY_BYTES + 1),
                ..ok.clone()
            },
            "limit is 1024 KiB",
        ),
        (
            EntryDraft {
                title: "a\nb".into(),
                ..ok.clone()
            },
            "line break",
        ),
        (
            EntryDraft {
                tags: vec!["two words".into()],
                ..ok.clone()
            },
            "has a space",
        ),
        (
            EntryDraft {
                tags: vec!["p&l".into()],
                ..ok.clone()
            },
            "contains '&'",
        ),
        (
            EntryDraft {
                tags: vec!["".into()],
                ..ok.clone()
            },
            "empty",
        ),
        (
            EntryDraft {
                body: "bell \u{7} here".into(),
                ..ok.clone()
            },
            "control character",
        ),
    ]
}

#[test]
fn a_rejected_create_changes_nothing() {
    let mut t = store();
    add(&mut t.store, "Existing", "words", &["keep"]);
    let before = dump(&t);
    for (d, expected) in bad_drafts() {
        let err = t.store.create_entry(&d, today()).unwrap_err();
        assert_eq!(err.kind, ErrorKind::InvalidInput);
        assert!(
            err.message.contains(expected),
            "expected {expected:?} in {:?}",
            err.message
        );
        assert_eq!(dump(&t), before, "after rejecting: {}", err.message);
    }
}

#[test]
fn a_rejected_save_changes_nothing() {
    let mut t = store();
    let e = add(&mut t.store, "Existing", "words", &["keep"]);
    let before = dump(&t);
    for (d, expected) in bad_drafts() {
        let err = t.store.update_entry(e.id, &d, today()).unwrap_err();
        assert!(
            err.message.contains(expected),
            "expected {expected:?} in {:?}",
            err.message
        );
        assert_eq!(dump(&t), before);
    }
    assert_eq!(
        t.store
            .update_entry(4242, &draft("a", "b", &[]), today())
            .unwrap_err()
            .kind,
        ErrorKind::NotFound
    );
    assert_eq!(dump(&t), before);
}

#[test]
fn one_bad_draft_rejects_a_whole_batch() {
    let mut t = store();
    let before = dump(&t);
    let batch = vec![
        (draft("fine", "", &[]), false),
        (
            EntryDraft {
                tags: vec!["bad tag".into()],
                ..draft("bad", "", &[])
            },
            false,
        ),
    ];
    let err = t.store.create_entries(&batch, today()).unwrap_err();
    assert!(err.message.starts_with("Entry 2 of 2:"), "{}", err.message);
    assert_eq!(dump(&t), before);
}

#[test]
fn bad_filters_are_specific() {
    let t = store();
    let q = EntryQuery {
        from: Some("2026-13-01".into()),
        ..Default::default()
    };
    assert!(t
        .store
        .find_entries(&q)
        .unwrap_err()
        .message
        .contains("start date"));
    let q = EntryQuery {
        from: Some("2026-05-01".into()),
        to: Some("2026-04-01".into()),
        ..Default::default()
    };
    assert!(t
        .store
        .find_entries(&q)
        .unwrap_err()
        .message
        .contains("Swap"));
    let q = EntryQuery {
        tags: vec!["a b".into()],
        ..Default::default()
    };
    assert!(t
        .store
        .find_entries(&q)
        .unwrap_err()
        .message
        .contains("space"));
}

#[test]
fn entry_errors_name_their_field() {
    let mut t = store();
    let ok = draft("Title", "Body", &["ok"]);
    let cases = [
        (
            EntryDraft {
                title: "two\nlines".into(),
                ..ok.clone()
            },
            "title",
        ),
        (
            EntryDraft {
                entry_date: Some("2026-02-30".into()),
                ..ok.clone()
            },
            "entry_date",
        ),
        (
            EntryDraft {
                tags: vec!["has space".into()],
                ..ok.clone()
            },
            "tags",
        ),
    ];
    for (d, expected) in cases {
        let err = t.store.create_entry(&d, today()).unwrap_err();
        assert_eq!(err.field.as_deref(), Some(expected), "{}", err.message);
    }
    // A problem of no single field carries none (and the UI shows it in the status line).
    let err = t.store.entry(4242).unwrap_err();
    assert_eq!(err.field, None);
}

/// The fields each problem of a rejected draft is about, in order.
fn problem_fields(err: &waypoint_core::Error) -> Vec<&str> {
    err.problems.iter().map(|p| p.field.as_str()).collect()
}

#[test]
fn a_new_entry_reports_every_problem_in_one_attempt() {
    let mut t = store();
    let bad = EntryDraft {
        title: "x".repeat(419),
        entry_date: Some("2026-02-30".into()),
        tags: vec!["<script>".into(), "t".repeat(200), "fine".into()],
        ..draft("", "Body", &[])
    };
    let err = t.store.create_entry(&bad, today()).unwrap_err();
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    assert_eq!(err.field, None, "several fields: no single one");
    assert_eq!(
        problem_fields(&err),
        ["title", "entry_date", "tags", "tags"]
    );
    assert!(err.problems[0].message.contains("419 characters"));
    assert!(err.problems[2].message.contains("<script>"));
    assert!(err.problems[3].message.contains("200 characters"));
    // The message alone (what the CLI prints) still names each problem.
    for p in &err.problems {
        assert!(err.message.contains(&p.message), "{}", err.message);
    }
    assert_eq!(t.store.counts().unwrap().entries, 0, "nothing was stored");

    // A saved entry gets the same treatment, and keeps what was stored.
    let saved = t
        .store
        .create_entry(&draft("Kept", "As it was", &["ok"]), today())
        .unwrap();
    let err = t.store.update_entry(saved.id, &bad, today()).unwrap_err();
    assert_eq!(err.problems.len(), 4);
    assert_eq!(t.store.entry(saved.id).unwrap().title, "Kept");
}

#[test]
fn one_problem_is_a_plain_error_about_its_field() {
    let mut t = store();
    let err = t
        .store
        .create_entry(&draft("ok", "ok", &["two words"]), today())
        .unwrap_err();
    assert_eq!(err.field.as_deref(), Some("tags"));
    assert!(err.problems.is_empty());
}
