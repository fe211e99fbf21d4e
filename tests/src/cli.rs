//! What was really saved, read through the app's own command line (`waypoint list|search --json`).

use std::path::Path;
use std::process::Command;

use serde_json::Value;

/// Runs `waypoint --data-dir DIR ARGS...` and parses its JSON output.
pub fn json(data_dir: &Path, args: &[&str]) -> Value {
    json_unlocked(data_dir, None, args)
}

/// [`json`] on an encrypted journal: `passphrase` goes in on standard input.
pub fn json_unlocked(data_dir: &Path, passphrase: Option<&str>, args: &[&str]) -> Value {
    let stdout = said(data_dir, passphrase, args);
    serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "waypoint {} did not print JSON ({e}): {stdout}",
            args.join(" ")
        )
    })
}

/// What `waypoint --data-dir DIR ARGS...` printed; it must succeed.
pub fn said(data_dir: &Path, passphrase: Option<&str>, args: &[&str]) -> String {
    use std::io::Write;
    use std::process::Stdio;
    let bin = crate::app_binary();
    let mut cmd = Command::new(&bin);
    cmd.arg("--data-dir").arg(data_dir);
    if passphrase.is_some() {
        cmd.args(["--passphrase-fd", "0"]);
    }
    let mut child = cmd
        .args(args)
        .env_remove("WAYPOINT_DATA_DIR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", bin.display()));
    let mut stdin = child.stdin.take().expect("its input");
    stdin
        .write_all(passphrase.unwrap_or_default().as_bytes())
        .expect("the passphrase goes in");
    drop(stdin);
    let out = child.wait_with_output().expect("waypoint ends");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "waypoint {} failed with {}: {}{}",
        args.join(" "),
        out.status,
        stdout,
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// Every live (not trashed) entry, newest first: the `entry` objects of `list --json`.
pub fn entries(data_dir: &Path) -> Vec<Value> {
    hits(json(data_dir, &["list", "--json", "--limit", "500"]))
        .into_iter()
        .map(|h| h["entry"].clone())
        .collect()
}

/// `search WORDS --json`: the hits (`{entry, snippet}`), best first.
pub fn search(data_dir: &Path, words: &str) -> Vec<Value> {
    let mut args = vec!["search"];
    args.extend(words.split_whitespace());
    args.push("--json");
    hits(json(data_dir, &args))
}

/// The one live entry; panics (showing them) if there is not exactly one.
pub fn only_entry(data_dir: &Path) -> Value {
    let all = entries(data_dir);
    match all.as_slice() {
        [one] => one.clone(),
        _ => panic!(
            "expected exactly one entry on disk, found {}: {}",
            all.len(),
            Value::Array(all.clone())
        ),
    }
}

fn hits(v: Value) -> Vec<Value> {
    match v {
        Value::Array(items) => items,
        other => panic!("expected a JSON array, got {other}"),
    }
}
