//! Every crash the fuzz targets found (`core/tests/fuzz_regressions/<target>/`) and every seed
//! they start from (`fuzz/seeds/<target>/`), run again on stable through the same entry points
//! (`waypoint_core::fuzzing`): a bug that comes back panics here. `make fuzz` looks for new ones.

use std::panic::catch_unwind;
use std::path::{Path, PathBuf};

use waypoint_core::fuzzing::{replay, TARGETS};

/// The folders of inputs, each with one folder per target.
fn input_folders() -> [PathBuf; 2] {
    let core = Path::new(env!("CARGO_MANIFEST_DIR"));
    [
        core.join("tests/fuzz_regressions"),
        core.join("../fuzz/seeds"),
    ]
}

/// The entries of `dir` that are folders (`folders`) or files, by name; none when it is missing.
fn entries(dir: &Path, folders: bool) -> Vec<PathBuf> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = read
        .map(|e| e.expect("a readable folder entry").path())
        .filter(|p| p.is_dir() == folders)
        .collect();
    paths.sort();
    paths
}

#[test]
fn every_crash_found_and_every_seed_runs_without_a_panic() {
    let mut panicked = Vec::new();
    for (target, _) in TARGETS {
        let files: Vec<PathBuf> = input_folders()
            .iter()
            .flat_map(|f| entries(&f.join(target), false))
            .collect();
        assert!(
            !files.is_empty(),
            "no seed or crash input for the fuzz target {target}"
        );
        for file in files {
            let bytes = std::fs::read(&file).expect("a readable input");
            if catch_unwind(|| replay(target, &bytes)).is_err() {
                panicked.push(file.display().to_string());
            }
        }
    }
    assert!(panicked.is_empty(), "these inputs panic: {panicked:#?}");
}

#[test]
fn every_input_folder_is_named_after_a_target() {
    for folder in input_folders().iter().flat_map(|f| entries(f, true)) {
        let name = folder.file_name().expect("a name").to_string_lossy();
        assert!(
            replay(&name, b""),
            "{} is named after no fuzz target (waypoint_core::fuzzing::TARGETS)",
            folder.display()
        );
    }
}
