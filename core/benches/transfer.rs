//! Everything out as JSON and back: `cargo bench -p waypoint-core --bench transfer`.
//!
//! Target (issue 12, release build): the full JSON export of a 50,000-entry journal under
//! 1.5 s. Its import into an empty journal is timed too.

mod common;

use std::time::Instant;

use common::{generated_store, open, percentiles};

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
}
