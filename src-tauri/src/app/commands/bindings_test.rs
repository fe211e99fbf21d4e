//! The UI's TypeScript client is generated from [`super::contract`]; this fails while the
//! committed file differs from what the commands declare now. `make bindings` rewrites it.

use std::path::PathBuf;

use specta_typescript::Typescript;

const HEADER: &str = "// Generated from the Rust commands by `make bindings` (src-tauri/src/app/commands/mod.rs).\n// Do not edit: change the Rust declaration and regenerate.\n";

fn committed() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/api/bindings.ts")
}

#[test]
fn the_generated_typescript_client_is_current() {
    let fresh = std::env::temp_dir().join(format!("waypoint-bindings-{}.ts", std::process::id()));
    super::contract()
        .export(Typescript::default().header(HEADER), &fresh)
        .expect("the commands export to TypeScript");
    let generated =
        answer_shapes(&std::fs::read_to_string(&fresh).expect("the export was written"));
    std::fs::remove_file(&fresh).ok();
    if std::env::var_os("WAYPOINT_WRITE_BINDINGS").is_some() {
        std::fs::create_dir_all(committed().parent().unwrap()).unwrap();
        std::fs::write(committed(), &generated).unwrap();
    }
    let on_disk = std::fs::read_to_string(committed()).unwrap_or_default();
    assert!(
        on_disk == generated,
        "ui/src/api/bindings.ts is stale: run `make bindings` and commit the result"
    );
}

/// Where a type reads differently than it is written (`#[serde(default)]` fields may be left
/// out of a draft), specta exports `X_Serialize` and `X_Deserialize` and makes `X` their
/// union. The UI holds what the core answers, so `X` names the answer; a whole answer is
/// always a valid draft, and the commands keep the exact `_Deserialize` argument types.
fn answer_shapes(ts: &str) -> String {
    ts.lines()
        .map(|line| {
            let union = line
                .strip_prefix("export type ")
                .and_then(|rest| rest.split_once(" = "))
                .filter(|(name, shape)| {
                    *shape == format!("{name}_Serialize | {name}_Deserialize;")
                });
            match union {
                Some((name, _)) => format!("export type {name} = {name}_Serialize;\n"),
                None => format!("{line}\n"),
            }
        })
        .collect()
}

#[test]
fn a_type_that_reads_and_writes_differently_is_named_by_its_answer() {
    let ts = "export type A = A_Serialize | A_Deserialize;\nexport type B = { b: number };\n";
    assert_eq!(
        answer_shapes(ts),
        "export type A = A_Serialize;\nexport type B = { b: number };\n"
    );
}

/// `waypoint dev answer` (what the UI's tests and dev mode run against) answers exactly the
/// commands the app declares, under the same names.
#[test]
fn the_dev_answers_cover_exactly_the_app_commands() {
    let client = std::fs::read_to_string(committed()).expect("the generated client");
    let mut declared: Vec<&str> = client
        .split("__TAURI_INVOKE<")
        .skip(1) // the text before the first command
        .filter_map(|rest| rest.split_once(">(\"").map(|(_, name)| name))
        .filter_map(|rest| rest.split_once('"').map(|(name, _)| name))
        .collect();
    let mut answered = waypoint::cli::answer::COMMANDS.to_vec();
    declared.sort_unstable();
    answered.sort_unstable();
    assert_eq!(answered, declared);
}
