//! Helpers shared by the core's integration tests: fixed dates, a store on a real temp file
//! with a deterministic clock, and a full dump of its tables to prove that a rejected write
//! changed nothing.

use chrono::{DateTime, NaiveDate, Utc};
use waypoint_core::journal::{Entry, EntryDraft, EntryKind};
use waypoint_core::time::SteppingClock;
use waypoint_core::Store;

/// A date written as YYYY-MM-DD.
pub fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a YYYY-MM-DD date")
}

/// The day the journal tests live on, whatever the real date (a Tuesday).
pub fn today() -> NaiveDate {
    d("2026-11-24")
}

/// Stamps start on the evening of [`today`] (UTC) and move a millisecond per write.
pub fn clock() -> Box<SteppingClock> {
    let start: DateTime<Utc> = "2026-11-24T20:00:00Z".parse().expect("an instant");
    Box::new(SteppingClock::starting_at(start))
}

pub struct TestStore {
    /// Held so the folder lives as long as the store.
    pub _dir: tempfile::TempDir,
    pub store: Store,
}

pub fn store() -> TestStore {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open_in_dir(dir.path(), clock()).expect("open store");
    TestStore { _dir: dir, store }
}

pub fn draft(title: &str, body: &str, tags: &[&str]) -> EntryDraft {
    EntryDraft {
        title: title.into(),
        body: body.into(),
        kind: Some(EntryKind::Reflection),
        entry_date: None,
        tags: tags.iter().map(|t| t.to_string()).collect(),
    }
}

pub fn dated(title: &str, body: &str, date: &str, kind: EntryKind, tags: &[&str]) -> EntryDraft {
    EntryDraft {
        entry_date: Some(date.into()),
        kind: Some(kind),
        ..draft(title, body, tags)
    }
}

pub fn add(s: &mut Store, title: &str, body: &str, tags: &[&str]) -> Entry {
    s.create_entry(&draft(title, body, tags), today())
        .expect("create entry")
}

/// Every row of every table (the full-text index's included), through a second connection to the same file — what is really on disk.
pub fn dump(t: &TestStore) -> Vec<String> {
    let conn = rusqlite::Connection::open(t.store.path()).expect("second connection");
    let mut out = Vec::new();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .expect("list tables")
        .query_map([], |r| r.get(0))
        .expect("tables")
        .map(|r| r.expect("name"))
        .collect();
    for table in &tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY 1, 2"))
            .expect("prepare");
        let cols = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let vals: Vec<String> = (0..cols)
                    .map(|i| format!("{:?}", r.get_ref(i).expect("column").to_owned()))
                    .collect();
                Ok(format!("{table}: {}", vals.join(" | ")))
            })
            .expect("query");
        out.extend(rows.map(|r| r.expect("row")));
    }
    out
}

/// FTS5's own check that the index matches the live entries exactly.
pub fn assert_index_consistent(t: &TestStore) {
    let conn = rusqlite::Connection::open(t.store.path()).expect("second connection");
    conn.execute(
        "INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)",
        [],
    )
    .expect("the full-text index matches the live entries");
}

/// The text `pdftotext` reads from the PDF at `path`, in reading order.
pub fn pdf_text(path: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-layout"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// An import of one file from `source`, as the app sends it.
pub fn incoming(
    source: waypoint_core::transfer::ImportSource,
    name: &str,
    bytes: &[u8],
) -> waypoint_core::transfer::ImportRequest {
    let file = waypoint_core::transfer::IncomingFile {
        name: name.to_string(),
        bytes: bytes.to_vec(),
    };
    waypoint_core::transfer::ImportRequest::new(Some(source), vec![file])
}
