//! The command line as a user runs it: whole-process time of `waypoint --version` and of
//! `waypoint search` on a 50,000-entry journal, beside the same search in-process (on an open
//! store, and from opening it to closing it), and how many shared libraries each binary loads
//! (the CLI must not load GTK and WebKit).
//! Targets: `--version` within a few milliseconds; search within 2× the in-process figure
//! plus the cost of starting a process. `cargo bench -p waypoint --bench cli_process`.

#[path = "../../core/benches/common/mod.rs"]
mod common;

use std::process::Command;

use waypoint_core::sample_data;
use waypoint_core::search::EntryQuery;

const CLI: &str = env!("CARGO_BIN_EXE_waypoint");
const APP: &str = env!("CARGO_BIN_EXE_waypoint-app");

fn run(args: &[&str]) {
    let out = Command::new(CLI).args(args).output().expect("run waypoint");
    assert!(
        out.status.success(),
        "waypoint {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Shared libraries the dynamic loader maps for `bin` (by `ldd`), if it can tell.
fn shared_libraries(bin: &str) -> Option<usize> {
    let out = Command::new("ldd").arg(bin).output().ok()?;
    out.status.success().then(|| {
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| l.contains(".so"))
            .count()
    })
}

fn main() {
    let (dir, store) = common::generated_store(50_000);
    let data_dir = dir.path().to_str().expect("utf-8 temp path").to_string();
    let word = sample_data::rare_word();
    let query = EntryQuery {
        text: word.clone(),
        limit: 20,
        ..EntryQuery::default()
    };
    let found = store.find_entries(&query).expect("search").items.len();
    println!("searching for \"{word}\": {found} hits of the first 20");
    let in_process = common::percentiles("search, in-process (core)", None, || {
        store.find_entries(&query).expect("search");
    });
    drop(store);
    // What a process does besides starting: open the file (schema, WAL), search a cold cache, close.
    let one_shot = common::percentiles("search, in-process from opening to closing", None, || {
        common::open(dir.path())
            .find_entries(&query)
            .expect("search");
    });
    let version = common::percentiles("process: waypoint --version", Some(10.0), || {
        run(&["--version"])
    });
    let search = common::percentiles("process: waypoint search <rare word>", None, || {
        run(&["--data-dir", &data_dir, "search", &word])
    });
    let target = 2.0 * in_process + version;
    println!(
        "search as a process: p95 {search:.1} ms against a target of {target:.1} ms \
         (2 × in-process + process start): {}",
        if search <= target { "met" } else { "MISSED" }
    );
    println!(
        "search as a process: p95 {search:.1} ms; opening, searching and closing in-process \
         {one_shot:.1} ms plus process start {version:.1} ms"
    );
    for (name, bin) in [("waypoint", CLI), ("waypoint-app", APP)] {
        match shared_libraries(bin) {
            Some(n) => println!("{name}: {n} shared libraries"),
            None => println!("{name}: shared libraries not counted (no ldd)"),
        }
    }
}
