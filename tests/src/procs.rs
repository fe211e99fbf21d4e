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

/// The internet sockets (TCP and UDP, IPv4 and IPv6) the processes `pids` hold, each as
/// "tcp 127.0.0.1:5000 -> 10.0.0.2:443 (pid 123)": read from `/proc/PID/fd` and `/proc/net`.
pub fn inet_sockets(pids: &[u32]) -> Vec<String> {
    let mut table: Vec<(String, String, String, String)> = Vec::new();
    for proto in ["tcp", "tcp6", "udp", "udp6"] {
        let Ok(text) = std::fs::read_to_string(format!("/proc/net/{proto}")) else {
            continue;
        };
        for line in text.lines().skip(1) {
            let f: Vec<&str> = line.split_whitespace().collect();
            if f.len() > 9 {
                table.push((
                    proto.to_string(),
                    f[1].to_string(),
                    f[2].to_string(),
                    f[9].to_string(),
                ));
            }
        }
    }
    let mut out = Vec::new();
    for &pid in pids {
        let Ok(fds) = std::fs::read_dir(format!("/proc/{pid}/fd")) else {
            continue;
        };
        for fd in fds.filter_map(|e| e.ok()) {
            let Ok(link) = std::fs::read_link(fd.path()) else {
                continue;
            };
            let link = link.to_string_lossy().into_owned();
            let Some(inode) = link
                .strip_prefix("socket:[")
                .and_then(|s| s.strip_suffix(']'))
            else {
                continue;
            };
            for (proto, local, remote, _) in table.iter().filter(|t| t.3 == inode) {
                out.push(format!(
                    "{proto} {local} -> {remote} (pid {pid}: {})",
                    describe(pid)
                ));
            }
        }
    }
    out
}

/// Whether a socket of [`inet_sockets`] connects only within this computer: its remote end is
/// unset (listening, unconnected) or a loopback address (127.0.0.0/8, ::1).
pub fn is_loopback_socket(described: &str) -> bool {
    let remote = described
        .split(" -> ")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .unwrap_or("");
    let addr = remote.split(':').next().unwrap_or("");
    let unset = addr.chars().all(|c| c == '0');
    // /proc/net writes IPv4 as little-endian hex (127.0.0.1 is 0100007F).
    let v4_loopback = addr.len() == 8 && addr.ends_with("7F");
    let v6_loopback = addr == "00000000000000000000000001000000";
    unset || v4_loopback || v6_loopback
}
