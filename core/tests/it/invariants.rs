//! The architecture's invariants (ARCHITECTURE.md, "Invariants"), checked on the source so a
//! change that breaks one fails `make test` with the place to look.

use std::path::{Path, PathBuf};

fn source_files(dir: &Path, extensions: &[&str], out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            source_files(&path, extensions, out);
        } else if path
            .extension()
            .is_some_and(|e| extensions.iter().any(|x| e == *x))
        {
            out.push(path);
        }
    }
}

/// Every line of the Rust sources under `root` that contains `needle`, outside comments,
/// as "file:line".
fn uses(root: &str, needle: &str) -> Vec<String> {
    uses_in(root, &["rs"], needle)
}

fn uses_in(root: &str, extensions: &[&str], needle: &str) -> Vec<String> {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    source_files(&base.join(root), extensions, &mut files);
    let mut hits = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for (i, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if code.contains(needle) {
                let rel = f.strip_prefix(&base).unwrap_or(&f).display().to_string();
                hits.push(format!("{rel}:{}", i + 1));
            }
        }
    }
    hits
}

#[test]
fn the_core_never_reads_the_clock_or_the_zone() {
    // A monotonic stopwatch (`Instant`, the import's time budget) is no reading of the date.
    for needle in [
        "Utc::now",
        "Local::now",
        "SystemTime",
        "chrono::Local",
        "iana_time_zone",
        "var(\"TZ\")",
    ] {
        let hits = uses("core/src", needle);
        assert!(
            hits.is_empty(),
            "the core reads the clock or the zone ({needle}) at {hits:?}: take `today`, a \
             zone or a `time::Clock` from the shell instead (src-tauri/src/clock.rs)"
        );
    }
}

#[test]
fn only_the_store_opens_a_connection() {
    for root in ["core/src", "src-tauri/src"] {
        let hits: Vec<_> = uses(root, "Connection::open")
            .into_iter()
            .filter(|h| !h.starts_with("core/src/store/"))
            .collect();
        assert!(
            hits.is_empty(),
            "a connection is opened outside core/src/store/ at {hits:?}: go through `Store`"
        );
    }
}

#[test]
fn the_shell_reads_the_clock_in_one_place() {
    let hits: Vec<_> = uses("src-tauri/src", "Utc::now")
        .into_iter()
        .chain(uses("src-tauri/src", "Local::now"))
        .filter(|h| !h.starts_with("src-tauri/src/clock.rs"))
        .collect();
    assert!(
        hits.is_empty(),
        "the clock is read outside src-tauri/src/clock.rs at {hits:?}"
    );
}

#[test]
fn the_ui_calls_commands_only_through_the_generated_client() {
    // ui/src/api/bindings.ts is generated from src-tauri/src/commands/mod.rs (`contract`);
    // a hand-written `invoke` would be a second declaration of a command.
    let hits: Vec<_> = ["invoke(", "invoke<", "__TAURI_INTERNALS__.invoke"]
        .iter()
        .flat_map(|needle| uses_in("ui/src", &["ts", "svelte"], needle))
        .filter(|h| !h.starts_with("ui/src/api/bindings.ts"))
        .collect();
    assert!(
        hits.is_empty(),
        "a command is invoked by name at {hits:?}: call it through `api` (ui/src/api), \
         which `make bindings` generates from the Rust declarations"
    );
}

#[test]
fn components_act_through_their_sections_state() {
    // A component shows state and calls its section's intentions (`*.svelte.ts`, a section's
    // `.ts`); only those call the core, so each call has one home and one test.
    let hits: Vec<_> = ["from '../../api'", "from '../api'", "from '../../../api'"]
        .iter()
        .flat_map(|needle| uses_in("ui/src", &["svelte"], needle))
        .collect();
    assert!(
        hits.is_empty(),
        "a component calls the core directly at {hits:?}: add an intention to its section's \
         state (e.g. sections/plan/planState.svelte.ts) and call that"
    );
}

#[test]
fn the_ui_is_tested_against_the_real_core() {
    // The UI's tests and dev mode run against `waypoint dev answer` (ui/src/test/core.ts,
    // ui/devCore.ts) or replay the core's recorded answers (ui/src/test/workload.ts); an
    // in-memory imitation of the core would restate its rules.
    let hits: Vec<_> = ["class Memory", "mockBackend", "planFixtures"]
        .iter()
        .flat_map(|needle| uses_in("ui/src", &["ts", "svelte"], needle))
        .collect();
    assert!(
        hits.is_empty(),
        "an imitation of the core at {hits:?}: use `useCore` (ui/src/test/core.ts)"
    );
}

#[test]
fn the_ui_does_not_read_the_clock() {
    // Today, the week and the part of the day come from the core (the `today` command,
    // `CheckInDue.date`, `WeekDetail.weeks_from_today`, `Dashboard.part_of_day`): a second
    // reading in the webview would disagree with the core near midnight and in other zones.
    // Tests may pin the clock; the product code never asks it.
    let hits: Vec<_> = ["new Date()", "Date.now(", "performance.now("]
        .iter()
        .flat_map(|needle| uses_in("ui/src", &["ts", "svelte"], needle))
        .filter(|h| !h.contains(".test.ts:") && !h.starts_with("ui/src/test/"))
        .collect();
    assert!(
        hits.is_empty(),
        "the UI reads the clock at {hits:?}: ask the core (e.g. `api.today()`)"
    );
}
