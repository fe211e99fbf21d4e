//! Everything out as JSON and back: `cargo bench -p waypoint-core --bench transfer`.
//!
//! Targets (issue 12, release build): the full JSON export of a 50,000-entry journal under
//! 1.5 s; importing 50,000 entries from a jrnl JSON export (preview, checks against the journal
//! and one transaction) under 15 s. The export's import into an empty journal is timed too.

mod common;

use std::time::Instant;

use common::{generated_store, last_day, open, percentiles};
use serde_json::{json, Value};
use waypoint_core::transfer::{ImportRequest, ImportSource, IncomingFile};

/// The journal's entries as `jrnl --export json` writes them (without tags, which the
/// export keeps in a table of their own).
fn as_jrnl(export: &str) -> String {
    let all: Value = serde_json::from_str(export).expect("the export is JSON");
    let entries: Vec<Value> = all["tables"]["entries"]
        .as_array()
        .expect("the export's entries")
        .iter()
        .map(|e| {
            json!({
                "title": e["title"], "body": e["body"], "date": e["entry_date"], "time": "09:00",
                "tags": [], "starred": e["starred"] == 1,
            })
        })
        .collect();
    assert_eq!(entries.len(), 50_000, "every entry is in the jrnl file");
    json!({ "tags": {}, "entries": entries }).to_string()
}

fn main() {
    let (_dir, store) = generated_store(50_000);
    let text = store.export_json().expect("export");
    println!(
        "export of 50,000 entries: {:.1} MB of JSON",
        text.len() as f64 / 1e6
    );
    percentiles("full JSON export, 50,000 entries", Some(1500.0), || {
        store.export_json().expect("export");
    });
    let target = tempfile::tempdir().expect("temp dir");
    let mut fresh = open(target.path());
    let started = Instant::now();
    fresh.import_json(&text).expect("import");
    println!(
        "import of the same into an empty journal: {:.2} s",
        started.elapsed().as_secs_f64()
    );

    let jrnl = as_jrnl(&text);
    let request = ImportRequest::new(
        Some(ImportSource::Jrnl),
        vec![IncomingFile {
            name: "journal.json".into(),
            bytes: jrnl.into_bytes(),
        }],
    );
    let target = tempfile::tempdir().expect("temp dir");
    let mut fresh = open(target.path());
    let started = Instant::now();
    let done = fresh.import(&request, last_day()).expect("jrnl import");
    let secs = started.elapsed().as_secs_f64();
    println!(
        "jrnl import of 50,000 entries ({} added, {} skipped): {secs:.2} s (target < 15 s: {})",
        done.add.len(),
        done.skip.len(),
        if secs < 15.0 { "met" } else { "MISSED" }
    );
    let started = Instant::now();
    let again = fresh.preview_import(&request, last_day()).expect("preview");
    println!(
        "its preview again, everything already there ({} to skip): {:.2} s",
        again.skip.len(),
        started.elapsed().as_secs_f64()
    );
}
