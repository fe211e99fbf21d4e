//! Processes, read from `/proc` and signalled by id with `kill(1)` (the workspace forbids
//! `unsafe`, so no direct `kill(2)`). Only processes this harness started, or their children,
//! are ever signalled.

use std::collections::HashMap;
use std::fs;
use std::path::Path;
use std::process::Command;

/// Every process id currently listed in `/proc`.
pub fn all_pids() -> Vec<u32> {
    let Ok(dir) = fs::read_dir("/proc") else {
        return Vec::new();
    };
    dir.filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok())
        .collect()
}

/// `(state, parent pid)` from `/proc/PID/stat`; `None` once the process is gone.
pub fn stat(pid: u32) -> Option<(char, u32)> {
    let text = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name is in parentheses and may contain spaces: read after the last ')'.
    let rest = &text[text.rfind(')')? + 1..];
    let mut fields = rest.split_whitespace();
    let state = fields.next()?.chars().next()?;
    let ppid = fields.next()?.parse().ok()?;
    Some((state, ppid))
}

/// True while the process exists and is not a zombie waiting to be reaped.
pub fn is_alive(pid: u32) -> bool {
    matches!(stat(pid), Some((state, _)) if state != 'Z' && state != 'X')
}

/// The process's arguments (argv), `None` once it is gone.
pub fn cmdline(pid: u32) -> Option<Vec<String>> {
    let raw = fs::read(format!("/proc/{pid}/cmdline")).ok()?;
    Some(
        raw.split(|b| *b == 0)
            .filter(|a| !a.is_empty())
            .map(|a| String::from_utf8_lossy(a).into_owned())
            .collect(),
    )
}

/// One variable of the process's environment (only readable for our own user's processes).
pub fn env_var(pid: u32, name: &str) -> Option<String> {
    let raw = fs::read(format!("/proc/{pid}/environ")).ok()?;
    let prefix = format!("{name}=");
    raw.split(|b| *b == 0)
        .map(String::from_utf8_lossy)
        .find_map(|kv| kv.strip_prefix(&prefix).map(str::to_string))
}

/// All descendants of `root` (children, grandchildren, ...), not including `root`.
pub fn descendants(root: u32) -> Vec<u32> {
    let mut children: HashMap<u32, Vec<u32>> = HashMap::new();
    for pid in all_pids() {
        if let Some((_, ppid)) = stat(pid) {
            children.entry(ppid).or_default().push(pid);
        }
    }
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(p) = stack.pop() {
        for &c in children.get(&p).map(Vec::as_slice).unwrap_or_default() {
            out.push(c);
            stack.push(c);
        }
    }
    out
}

/// Live app windows started from `bin` on `data_dir`: argv[0] is the binary and the data
/// folder is among the arguments. CLI runs (`list`, `search`) are excluded.
pub fn app_pids(bin: &Path, data_dir: &Path) -> Vec<u32> {
    // `waypoint` hands over to `waypoint-app` beside it in the same process (exec), so the
    // window runs under the app's name.
    let window = bin.with_file_name("waypoint-app");
    let names = [bin.to_string_lossy(), window.to_string_lossy()];
    let dir = data_dir.to_string_lossy();
    all_pids()
        .into_iter()
        .filter(|&pid| {
            let Some(args) = cmdline(pid) else {
                return false;
            };
            is_alive(pid)
                && args
                    .first()
                    .is_some_and(|a0| names.iter().any(|n| *a0 == **n))
                && args.iter().any(|a| *a == *dir)
                && !args
                    .iter()
                    .any(|a| a == "list" || a == "search" || a == "add")
        })
        .collect()
}

/// Sends `signal` (a name such as `TERM` or `KILL`) to one process by id. Returns whether
/// `kill` reported success (the process may already be gone).
pub fn signal(pid: u32, signal: &str) -> bool {
    Command::new("kill")
        .args(["-s", signal, &pid.to_string()])
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// A short description of a process for failure messages.
pub fn describe(pid: u32) -> String {
    match (stat(pid), cmdline(pid)) {
        (Some((state, ppid)), Some(args)) => {
            format!("pid {pid} state {state} ppid {ppid}: {}", args.join(" "))
        }
        _ => format!("pid {pid} (gone)"),
    }
}
