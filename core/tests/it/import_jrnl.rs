//! Entries from a jrnl JSON export (`tests/fixtures/jrnl/journal.json`): the preview says what
//! would be added and what skipped and why, the import adds them in one go with their tags and
//! stars, they are found by search, and importing the file again adds nothing.

use waypoint_core::search::EntryQuery;
use waypoint_core::transfer::ImportSource;

use crate::common::*;

fn jrnl(text: &str) -> waypoint_core::transfer::ImportRequest {
    incoming(ImportSource::Jrnl, "journal.json", text.as_bytes())
}

fn fixture() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/jrnl/journal.json"
    ))
    .unwrap()
}

#[test]
fn a_jrnl_export_is_previewed_then_imported_once() {
    let mut t = store();
    let before = dump(&t);
    let preview = t.store.preview_import(&jrnl(&fixture()), today()).unwrap();
    assert_eq!(dump(&t), before, "a preview writes nothing");
    let titles: Vec<&str> = preview.add.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Called in sick.",
            "Shipped the billing queue.",
            "Paged at 3am.",
            "Planning for Q3."
        ]
    );
    assert_eq!(preview.add[1].tags, ["work"]);
    assert!(preview.add[1].starred && !preview.add[0].starred);
    let why: Vec<(u32, &str)> = preview
        .skip
        .iter()
        .map(|s| (s.position, s.reason.as_str()))
        .collect();
    assert_eq!(why.len(), 2, "{why:?}");
    assert_eq!(why[0].0, 5);
    assert!(why[0].1.contains("\"2025-02-30\" is not a day"), "{why:?}");
    assert_eq!(why[1].0, 6);
    assert!(why[1].1.contains("already in the journal"), "{why:?}");

    let done = t.store.import(&jrnl(&fixture()), today()).unwrap();
    assert_eq!(done.add.len(), 4);
    let found = t.store.find_entries(&EntryQuery::text("billing")).unwrap();
    assert_eq!(found.items.len(), 1);
    let e = &found.items[0].entry;
    assert_eq!(
        (e.entry_date, e.starred, e.tags.clone()),
        (d("2025-04-02"), true, vec!["work".to_string()])
    );
    let oncall = t
        .store
        .find_entries(&EntryQuery {
            tags: vec!["oncall".into()],
            ..Default::default()
        })
        .unwrap();
    assert_eq!(oncall.items.len(), 1);

    // Again: everything is already there.
    let again = t.store.import(&jrnl(&fixture()), today()).unwrap();
    assert!(again.add.is_empty());
    assert_eq!(again.skip.len(), 6);
    assert_eq!(t.store.counts().unwrap().entries, 4);
}

#[test]
fn a_file_that_is_not_a_jrnl_export_is_refused_with_why_and_changes_nothing() {
    let mut t = store();
    let before = dump(&t);
    for (text, says) in [
        ("{ not json", "it is not JSON"),
        (r#"{"items": []}"#, "no \"entries\" list"),
    ] {
        let e = t.store.import(&jrnl(text), today()).unwrap_err();
        assert!(
            e.message.contains(says) && e.message.contains("jrnl --export json"),
            "{}",
            e.message
        );
    }
    assert_eq!(dump(&t), before);
}

#[test]
fn jrnl_s_plain_text_journal_is_read_with_titles_tags_and_stars() {
    let mut t = store();
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/jrnl/journal.txt"
    ))
    .unwrap();
    let done = t.store.import(&jrnl(&text), today()).unwrap();
    let got: Vec<(String, bool, Vec<String>)> = done
        .add
        .iter()
        .map(|a| (a.title.clone(), a.starred, a.tags.clone()))
        .collect();
    assert_eq!(
        got,
        [
            ("Called in sick.".to_string(), false, vec![]),
            (
                "Shipped the billing queue.".to_string(),
                true,
                vec!["work".to_string()]
            ),
            (
                "Paged at 3am.".to_string(),
                false,
                vec!["oncall".to_string(), "work".to_string()]
            ),
        ]
    );
    let e = &t
        .store
        .find_entries(&EntryQuery::text("runbook"))
        .unwrap()
        .items[0]
        .entry;
    assert_eq!(e.entry_date, d("2025-04-02"));
    assert!(
        e.excerpt.starts_with("Cut failed payments by 40%"),
        "{}",
        e.excerpt
    );
    // The same entries from the JSON export are already there.
    let json = fixture();
    let again = t.store.preview_import(&jrnl(&json), today()).unwrap();
    assert_eq!(
        again.add.len(),
        1,
        "only \"Planning for Q3.\" is new: {:?}",
        again.add
    );
    // Text that is neither.
    let e = t
        .store
        .import(&jrnl("Dear diary, today was fine."), today())
        .unwrap_err();
    assert!(e.message.contains("is not a jrnl journal"), "{}", e.message);
}

#[test]
fn a_hundred_megabytes_of_json_that_is_not_jrnl_is_refused_and_changes_nothing() {
    let mut t = store();
    let before = dump(&t);
    let mut text = String::with_capacity(100 << 20);
    text.push_str("{\"entries\": {\"not\": \"a list\"}, \"padding\": \"");
    text.extend(std::iter::repeat_n('x', 100 << 20));
    text.push_str("\"}");
    let e = t.store.import(&jrnl(&text), today()).unwrap_err();
    assert!(e.message.contains("no \"entries\" list"), "{}", e.message);
    assert_eq!(dump(&t), before);
}

#[test]
fn a_plain_text_journal_with_another_timeformat_is_read_by_its_own_days() {
    let mut t = store();
    let dotted = "[30.03.2025 09:00] Standup.\nShort one.\n\n[02.04.2025 18:30] Shipped.\n";
    let done = t.store.import(&jrnl(dotted), today()).unwrap();
    let days: Vec<String> = done.add.iter().map(|a| a.entry_date.to_string()).collect();
    assert_eq!(days, ["2025-03-30", "2025-04-02"]);
    // Month first, told by the 30th.
    let us = "[03/30/2025 09:00 AM] Retro.\n[04/02/2025 06:30 PM] Demo.\n";
    let done = t.store.import(&jrnl(us), today()).unwrap();
    let days: Vec<String> = done.add.iter().map(|a| a.entry_date.to_string()).collect();
    assert_eq!(days, ["2025-03-30", "2025-04-02"]);
    // Nothing tells: asked for the JSON export, nothing written.
    let before = dump(&t);
    let e = t
        .store
        .import(
            &jrnl("[03/04/2025 09:00] A.\n[05/06/2025 09:00] B.\n"),
            today(),
        )
        .unwrap_err();
    assert!(e.message.contains("jrnl --export json"), "{}", e.message);
    assert_eq!(dump(&t), before);
}
