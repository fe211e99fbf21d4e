//! Everything out as one JSON file and back into a new journal: the generated year (plan,
//! entries, documents with revisions, self-reviews, check-ins, a kept review) plus a real
//! calendar goes out, into an empty data folder, and out again byte for byte; search works on
//! the copy; a journal that is not empty, or a file that is not an export, changes nothing.

use waypoint_core::calendar::ImportOptions;
use waypoint_core::review::{Include, ReviewRequest};
use waypoint_core::roi::Currency;
use waypoint_core::search::EntryQuery;
use waypoint_core::Store;

use crate::common::*;
use crate::review::{rules, year, YEAR_TODAY};

fn full_year() -> crate::review::Year {
    let mut y = year();
    let ics = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/ics/team-calendar.ics"
    ))
    .unwrap();
    y.store
        .import_calendar(
            "team.ics",
            &ics,
            &ImportOptions::around(d("2026-11-27"), chrono_tz::UTC),
        )
        .unwrap();
    let request = ReviewRequest {
        from: "2026-01-01".into(),
        to: "2026-12-31".into(),
        include: Include::default(),
    };
    y.store
        .keep_review(&request, d(YEAR_TODAY), &rules(), &Currency::default())
        .unwrap();
    y
}

fn hits(s: &Store, text: &str) -> usize {
    s.find_entries(&EntryQuery {
        text: text.into(),
        limit: 500,
        ..Default::default()
    })
    .unwrap()
    .items
    .len()
}

#[test]
fn export_import_export_gives_the_same_bytes_and_a_working_journal() {
    let y = full_year();
    let first = y.store.export_json().unwrap();
    for table in [
        "\"entries\"",
        "\"documents\"",
        "\"document_revisions\"",
        "\"milestones\"",
        "\"ratings\"",
        "\"checkins\"",
        "\"calendar_events\"",
        "\"kept_reviews\"",
        "\"settings\"",
    ] {
        assert!(first.contains(table), "{table} missing");
    }
    assert!(
        !first.contains("entries_fts"),
        "the indexes are rebuilt, not exported"
    );
    let mut copy = store();
    copy.store.import_json(&first).unwrap();
    let again = copy.store.export_json().unwrap();
    assert!(first == again, "the second export differs from the first");
    assert_eq!(
        hits(&copy.store, "build time"),
        hits(&y.store, "build time")
    );
    assert_eq!(hits(&copy.store, "build time"), 4);
    assert_eq!(
        copy.store.integrity_problems().unwrap(),
        Vec::<String>::new()
    );
}

#[test]
fn a_journal_that_is_not_empty_takes_no_import() {
    let y = full_year();
    let file = y.store.export_json().unwrap();
    let mut t = store();
    add(&mut t.store, "Mine", "", &[]);
    let before = dump(&t);
    let e = t.store.import_json(&file).unwrap_err();
    assert!(e.message.contains("empty journal only"), "{}", e.message);
    assert_eq!(dump(&t), before);
}

#[test]
fn what_is_not_an_export_is_refused_with_why_and_nothing_changes() {
    let y = full_year();
    let good: serde_json::Value = serde_json::from_str(&y.store.export_json().unwrap()).unwrap();
    let mut t = store();
    let before = dump(&t);
    let with = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut v = good.clone();
        edit(&mut v);
        v.to_string()
    };
    let cases: Vec<(String, &str)> = vec![
        ("not json {".into(), "it is not JSON"),
        (r#"{"format": "jrnl"}"#.into(), "does not say it is one"),
        (with(&|v| v["version"] = 9.into()), "its version is 9"),
        (with(&|v| v["schema"] = 3.into()), "schema 3"),
        (
            with(&|v| v["tables"]["secrets"] = serde_json::json!([])),
            "a table \"secrets\"",
        ),
        (
            with(&|v| v["tables"]["entries"][0]["mood"] = 3.into()),
            "a column \"mood\"",
        ),
        (
            with(&|v| v["tables"]["entries"][0]["title"] = serde_json::json!([1])),
            "entries.title holds a value",
        ),
        (
            with(&|v| v["tables"]["entry_tags"][0]["entry_id"] = 99_999.into()),
            "do not fit together",
        ),
    ];
    for (text, says) in cases {
        let e = t.store.import_json(&text).unwrap_err();
        assert!(e.message.contains(says), "{says:?} not in {}", e.message);
        assert_eq!(dump(&t), before, "after the refusal saying {says:?}");
    }
}

#[test]
fn a_markdown_folder_holds_every_entry_and_document_with_front_matter() {
    let y = full_year();
    let out = tempfile::tempdir().unwrap();
    let vault = out.path().join("vault");
    let n = y.store.export_markdown_folder(&vault).unwrap();
    let files = |sub: &str| -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(vault.join(sub))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    let (journal, documents) = (files("journal"), files("documents"));
    // 52 weekly entries, the private one, one before and one after the year; the trashed one not.
    assert_eq!(journal.len(), 55, "{journal:?}");
    assert_eq!(documents.len(), 4, "{documents:?}");
    assert_eq!(n as usize, journal.len() + documents.len());
    assert!(
        journal.contains(&"2026-01-07 Week 0.md".to_string()),
        "{journal:?}"
    );
    let starred = std::fs::read_to_string(vault.join("journal/2026-01-07 Week 0.md")).unwrap();
    assert!(
        starred
            .starts_with("---\ntitle: \"Week 0\"\ndate: 2026-01-07\nkind: reflection\ntags: [\""),
        "{starred}"
    );
    assert!(
        starred.contains("\nstarred: true\n")
            && starred.ends_with("We cut build time by 40% for every team.")
    );
    let brief = std::fs::read_to_string(vault.join("documents/Cache the pricing API.md")).unwrap();
    assert!(brief.starts_with("---\ntitle: \"Cache the pricing API\"\nkind: brief\n"));
    assert!(!out.path().join(".vault.partial").exists());

    // Into a folder that holds something: refused, and what is there stays.
    let e = y.store.export_markdown_folder(&vault).unwrap_err();
    assert!(e.message.contains("is not empty"), "{}", e.message);
    assert_eq!(files("journal").len(), 55);
}
