//! Entries from a folder of Markdown notes (`tests/fixtures/markdown-notes`: an Obsidian vault
//! and a Joplin export) and moods and notes from Daylio's CSV (`tests/fixtures/daylio`), each
//! previewed, imported in one go and not again.

use std::path::Path;

use waypoint_core::search::EntryQuery;
use waypoint_core::transfer::{ImportRequest, ImportSource, IncomingFile, MoodValues};
use waypoint_core::workload::CheckInPeriod;

use crate::common::*;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

/// Every file under `dir`, named by its path inside it, as the window's folder pick sends them.
fn folder(dir: &Path, under: &Path, out: &mut Vec<IncomingFile>) {
    for item in std::fs::read_dir(under).unwrap() {
        let path = item.unwrap().path();
        if path.is_dir() {
            folder(dir, &path, out);
        } else {
            out.push(IncomingFile {
                name: path.strip_prefix(dir).unwrap().to_string_lossy().into(),
                bytes: std::fs::read(&path).unwrap(),
            });
        }
    }
}

fn notes() -> ImportRequest {
    let dir = Path::new(FIXTURES).join("markdown-notes/notes");
    let mut files = Vec::new();
    folder(&dir, &dir, &mut files);
    ImportRequest::new(None, files)
}

#[test]
fn a_folder_of_notes_becomes_entries_with_days_titles_and_tags() {
    let mut t = store();
    let before = dump(&t);
    let preview = t.store.preview_import(&notes(), today()).unwrap();
    assert_eq!(dump(&t), before, "a preview writes nothing");
    assert_eq!(preview.source, ImportSource::Markdown, "detected");
    let got: Vec<(String, &str, Vec<String>)> = preview
        .add
        .iter()
        .map(|a| (a.entry_date.to_string(), a.title.as_str(), a.tags.clone()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "2025-04-09".into(),
                "Planning for Q3",
                vec!["planning".into(), "strategy-work".into()]
            ),
            ("2025-04-02".into(), "Wednesday", vec![]),
            (
                "2025-04-03".into(),
                "",
                vec!["oncall".into(), "incident-review".into()]
            ),
        ]
    );
    let why: Vec<(&str, &str)> = preview
        .skip
        .iter()
        .map(|s| (s.title.as_str(), s.reason.as_str()))
        .collect();
    assert_eq!(why.len(), 2, "{why:?}");
    assert!(
        why[0].0.ends_with("broken.md") && why[0].1.contains("front matter is not YAML"),
        "{why:?}"
    );
    assert!(
        why[1].0.ends_with("Ideas.md") && why[1].1.contains("has no day"),
        "{why:?}"
    );
    assert!(
        preview.notes[0]
            .note
            .contains("1 file that is not Markdown"),
        "{:?}",
        preview.notes
    );

    t.store.import(&notes(), today()).unwrap();
    let q3 = t.store.find_entries(&EntryQuery::text("brief")).unwrap();
    assert_eq!(
        q3.items[0].entry.excerpt, "Draft the brief.",
        "Joplin's repeated title heading is dropped"
    );
    let again = t.store.import(&notes(), today()).unwrap();
    assert!(again.add.is_empty());
    assert_eq!(t.store.counts().unwrap().entries, 3);
}

#[test]
fn waypoint_s_own_markdown_export_comes_back_as_the_same_entries() {
    let mut t = store();
    let mut e = dated(
        "Decided on the queue",
        "We chose *SQS*.",
        "2026-03-04",
        waypoint_core::journal::EntryKind::Decision,
        &["work"],
    );
    e.tags.push("arch/queues".into());
    let saved = t.store.create_entry(&e, today()).unwrap();
    t.store.set_starred(saved.id, true).unwrap();
    let out = t._dir.path().join("md");
    t.store.export_markdown_folder(&out).unwrap();
    let mut files = Vec::new();
    folder(&out, &out, &mut files);

    let mut fresh = store();
    let done = fresh
        .store
        .import(&ImportRequest::new(None, files), today())
        .unwrap();
    assert_eq!(done.add.len(), 1, "{:?}", done.skip);
    let back = &fresh
        .store
        .find_entries(&EntryQuery::text("SQS"))
        .unwrap()
        .items[0]
        .entry;
    assert_eq!(
        (
            back.title.as_str(),
            back.entry_date,
            back.kind,
            back.starred,
            back.tags.clone()
        ),
        (
            "Decided on the queue",
            d("2026-03-04"),
            waypoint_core::journal::EntryKind::Decision,
            true,
            vec!["work".to_string(), "arch/queues".to_string()]
        )
    );
}

fn daylio(moods: Option<Vec<MoodValues>>) -> ImportRequest {
    let bytes = std::fs::read(Path::new(FIXTURES).join("daylio/daylio_export.csv")).unwrap();
    let mut r = ImportRequest::new(
        None,
        vec![IncomingFile {
            name: "daylio_export.csv".into(),
            bytes,
        }],
    );
    r.moods = moods;
    r
}

#[test]
fn daylio_moods_become_check_ins_only_through_values_the_user_confirms() {
    let mut t = store();
    let before = dump(&t);
    let preview = t.store.preview_import(&daylio(None), today()).unwrap();
    assert_eq!(dump(&t), before);
    assert_eq!(
        preview.source,
        ImportSource::Daylio,
        "detected from its header"
    );
    let moods: Vec<(&str, u32, Option<u8>)> = preview
        .moods
        .iter()
        .map(|m| (m.mood.as_str(), m.count, m.stress))
        .collect();
    assert_eq!(
        moods,
        [
            ("good", 1, Some(4)),
            ("meh", 1, Some(5)),
            ("so-so", 1, None),
            ("awful", 1, Some(9))
        ]
    );
    let days: Vec<String> = preview
        .check_ins
        .iter()
        .map(|c| format!("{} {}", c.date, c.mood))
        .collect();
    assert_eq!(days, ["2025-04-03 good", "2025-04-01 awful"]);
    let why: Vec<&str> = preview.skip.iter().map(|s| s.reason.as_str()).collect();
    assert!(why[0].contains("later mood"), "{why:?}");
    assert!(
        why[1].contains("\"so-so\" has no check-in values"),
        "{why:?}"
    );
    let titles: Vec<&str> = preview.add.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Shipped", "Paged twice, \"again\"."],
        "an untitled note's first sentence"
    );
    assert_eq!(preview.add[0].tags, ["work", "friends"]);

    // Out of scale: refused with every problem, nothing written.
    let wrong = MoodValues {
        mood: "so-so".into(),
        count: 0,
        stress: Some(11),
        energy: Some(0),
        imposter: Some(3),
    };
    let e = t
        .store
        .import(&daylio(Some(vec![wrong])), today())
        .unwrap_err();
    assert!(
        e.message.contains("stress is 11") && e.message.contains("energy is 0"),
        "{}",
        e.message
    );
    assert_eq!(dump(&t), before);

    let so_so = MoodValues {
        mood: "so-so".into(),
        count: 0,
        stress: Some(6),
        energy: Some(4),
        imposter: Some(3),
    };
    let done = t
        .store
        .import(&daylio(Some(vec![so_so.clone()])), today())
        .unwrap();
    assert_eq!(done.check_ins.len(), 3);
    let c = t
        .store
        .checkin(CheckInPeriod::Day, d("2025-04-02"))
        .unwrap()
        .unwrap();
    assert_eq!((c.stress, c.energy, c.imposter), (6, 4, 3));
    let note = &t
        .store
        .find_entries(&EntryQuery::text("dinner"))
        .unwrap()
        .items[0]
        .entry;
    assert_eq!(
        note.excerpt, "Billing queue is out. Team dinner, finally.",
        "<br> is a line break"
    );
    let again = t.store.import(&daylio(Some(vec![so_so])), today()).unwrap();
    assert!(
        again.add.is_empty() && again.check_ins.is_empty(),
        "{again:?}"
    );
}

#[test]
fn a_csv_that_is_not_daylio_s_is_refused_with_how_to_export_one() {
    let mut t = store();
    let r = incoming(
        ImportSource::Daylio,
        "x.csv",
        b"date,mood\n2025-01-01,good\n",
    );
    let e = t.store.import(&r, today()).unwrap_err();
    assert!(
        e.message.contains("not a Daylio export") && e.message.contains("Export Entries"),
        "{}",
        e.message
    );
    let e = t
        .store
        .import(
            &incoming(ImportSource::Daylio, "x.csv", b"\xff\xfe"),
            today(),
        )
        .unwrap_err();
    assert!(e.message.contains("invalid UTF-8"), "{}", e.message);
}
