//! Entries from Day One's JSON export (`tests/fixtures/dayone/export.zip`, made by `make.py`):
//! titles from the first line, escapes undone, tags, stars, the day where it was written,
//! photos listed rather than lost, and a second import that adds nothing; a zip bomb and files
//! that are not an export are refused with why, changing nothing.

use waypoint_core::search::EntryQuery;
use waypoint_core::transfer::ImportSource;

use crate::common::*;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/dayone/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn dayone(bytes: &[u8]) -> waypoint_core::transfer::ImportRequest {
    incoming(ImportSource::Dayone, "export.zip", bytes)
}

#[test]
fn a_day_one_export_is_previewed_then_imported_once() {
    let mut t = store();
    let before = dump(&t);
    let zip = fixture("export.zip");
    let preview = t.store.preview_import(&dayone(&zip), today()).unwrap();
    assert_eq!(dump(&t), before, "a preview writes nothing");
    assert_eq!(preview.source, ImportSource::Dayone);
    let got: Vec<(&str, String, bool)> = preview
        .add
        .iter()
        .map(|a| (a.title.as_str(), a.entry_date.to_string(), a.starred))
        .collect();
    assert_eq!(
        got,
        [
            // 02:30 UTC on 3 April is the evening of the 2nd in Los Angeles.
            ("Shipped the billing queue", "2025-04-02".into(), true),
            // 21:00 UTC on the 5th is the morning of the 6th in Auckland.
            ("Quiet day", "2025-04-06".into(), false),
            ("One-on-one with Sam", "2025-05-01".into(), false),
        ]
    );
    assert_eq!(preview.add[0].tags, ["work", "big-project"]);
    let why: Vec<(u32, &str)> = preview
        .skip
        .iter()
        .map(|s| (s.position, s.reason.as_str()))
        .collect();
    assert_eq!(why.len(), 2, "{why:?}");
    assert!(why[0].1.contains("only photos"), "{why:?}");
    assert!(why[1].1.contains("\"sometime\" is not a date"), "{why:?}");
    assert_eq!(preview.notes.len(), 1);
    assert!(
        preview.notes[0]
            .note
            .contains("0f1e2d3c4b5a69788796a5b4c3d2e1f0.jpeg"),
        "{:?}",
        preview.notes
    );

    let done = t.store.import(&dayone(&zip), today()).unwrap();
    assert_eq!(done.add.len(), 3);
    let found = t.store.find_entries(&EntryQuery::text("runbook")).unwrap();
    let e = &found.items[0].entry;
    assert!(
        e.excerpt
            .starts_with("Cut failed payments by 40%. Next: the runbook!"),
        "escapes are undone and the photo reference is gone: {}",
        e.excerpt
    );
    let quiet = t.store.find_entries(&EntryQuery::text("hashtags")).unwrap();
    assert!(
        quiet.items[0]
            .entry
            .excerpt
            .contains("#hashtags and [links]"),
        "{}",
        quiet.items[0].entry.excerpt
    );

    let again = t.store.import(&dayone(&zip), today()).unwrap();
    assert!(again.add.is_empty(), "{:?}", again.add);
    assert_eq!(t.store.counts().unwrap().entries, 3);
}

#[test]
fn a_zip_bomb_and_files_that_are_not_an_export_are_refused_and_change_nothing() {
    let mut t = store();
    let before = dump(&t);
    let plain_zip = {
        let mut out = std::io::Cursor::new(Vec::new());
        let mut z = zip::ZipWriter::new(&mut out);
        z.start_file("photos/a.jpeg", zip::write::SimpleFileOptions::default())
            .unwrap();
        z.finish().unwrap();
        out.into_inner()
    };
    for (bytes, says) in [
        (fixture("bomb.zip"), "unpacks to more than 256 MB"),
        (b"PK\x03\x04 truncated".to_vec(), "not a zip file"),
        (b"{\"entries\": []}".to_vec(), "not a zip file"),
        (plain_zip, "no journal (.json file)"),
    ] {
        let e = t.store.import(&dayone(&bytes), today()).unwrap_err();
        assert!(e.message.contains(says), "{says}: {}", e.message);
    }
    assert_eq!(dump(&t), before);
}
