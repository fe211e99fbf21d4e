//! `tauri-driver` on free ports, with its `WebKitWebDriver` and every app it launches killed
//! when the guard is dropped — also when a test panics.

use std::fs::File;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::procs;
use crate::wait::{wait_until_blocking, EXIT_TIMEOUT, START_TIMEOUT};

/// Marks a driver (and, by inheritance, its WebKitWebDriver and app) with the pid of the test
/// process that owns it, so a later run can clean up after a run that was killed outright.
const OWNER_ENV: &str = "WAYPOINT_E2E_OWNER";

/// Kills what this harness started in earlier runs whose test process is gone (killed by a
/// timeout or SIGKILL, so its `Drop` never ran): every process carrying [`OWNER_ENV`] with a
/// dead owner. Processes of test runs still going, and every other process, are left alone.
fn reap_orphans() {
    for pid in procs::all_pids() {
        let Some(owner) = procs::env_var(pid, OWNER_ENV) else {
            continue;
        };
        let owner_alive = owner
            .parse::<u32>()
            .is_ok_and(|o| o == std::process::id() || procs::is_alive(o));
        if !owner_alive && procs::is_alive(pid) {
            eprintln!(
                "waypoint-e2e: killing a process left by an earlier, killed run: {}",
                procs::describe(pid)
            );
            procs::signal(pid, "KILL");
        }
    }
}

/// A running `tauri-driver`. Dropping it kills it and all its descendants.
pub struct Driver {
    child: Child,
    port: u16,
    log: PathBuf,
}

/// `$TAURI_DRIVER`, else `tauri-driver` on `PATH`, else `~/.cargo/bin/tauri-driver`.
pub fn tauri_driver_path() -> PathBuf {
    if let Some(p) = std::env::var_os("TAURI_DRIVER").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    let on_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join("tauri-driver"))
            .find(|p| p.is_file())
    });
    let in_cargo_home = || {
        std::env::var_os("CARGO_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
            .map(|d| d.join("bin").join("tauri-driver"))
            .filter(|p| p.is_file())
    };
    on_path.or_else(in_cargo_home).unwrap_or_else(|| {
        panic!(
            "tauri-driver not found (looked at $TAURI_DRIVER, PATH and ~/.cargo/bin). \
             Install it with: cargo install tauri-driver --version 2.1.0 --locked"
        )
    })
}

/// A port that was free a moment ago (the OS picks it; the listener is closed again).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("cannot find a free local port: {e}"))
}

impl Driver {
    /// Starts `tauri-driver` with `env` added to its environment (WebKitWebDriver and the app
    /// inherit it) and waits until `GET /status` reports ready.
    pub fn start(log_dir: &Path, env: &[(&str, &Path)]) -> Driver {
        let port = free_port();
        let mut native_port = free_port();
        while native_port == port {
            native_port = free_port();
        }
        std::fs::create_dir_all(log_dir)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", log_dir.display()));
        let log = log_dir.join(format!("tauri-driver-{port}.log"));
        let out =
            File::create(&log).unwrap_or_else(|e| panic!("cannot create {}: {e}", log.display()));
        let err = out
            .try_clone()
            .unwrap_or_else(|e| panic!("cannot reopen {}: {e}", log.display()));
        reap_orphans();
        let mut cmd = Command::new(tauri_driver_path());
        cmd.args(["--port", &port.to_string()])
            .args(["--native-port", &native_port.to_string()])
            .env(OWNER_ENV, std::process::id().to_string())
            // Measured here (WebKitGTK 2.50 under Xvfb): with compositing disabled, WebDriver's
            // screenshot waits for a repaint that a still page never makes, and hangs; with
            // compositing on, the window renders fine. So the variable is kept away from the app.
            .env_remove("WEBKIT_DISABLE_COMPOSITING_MODE")
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            // Its own process group, so a Ctrl-C in the terminal does not race our cleanup.
            .process_group(0);
        if !Path::new("/usr/bin/WebKitWebDriver").exists() {
            // tauri-driver looks it up on PATH; say clearly what is missing.
            let on_path = std::env::var_os("PATH").is_some_and(|paths| {
                std::env::split_paths(&paths).any(|d| d.join("WebKitWebDriver").is_file())
            });
            assert!(
                on_path,
                "WebKitWebDriver not found: apt-get install webkit2gtk-driver"
            );
        }
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start tauri-driver: {e}"));
        let mut driver = Driver { child, port, log };
        driver.wait_ready();
        driver
    }

    /// The WebDriver URL to connect a client to.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The last lines of the driver's log (it includes WebKitWebDriver's and the app's stderr).
    pub fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        let start = lines.len().saturating_sub(40);
        format!(
            "--- {} (last {} lines) ---\n{}",
            self.log.display(),
            lines.len() - start,
            lines[start..].join("\n")
        )
    }

    fn wait_ready(&mut self) {
        let port = self.port;
        let child = &mut self.child;
        let result = wait_until_blocking("tauri-driver GET /status ready", START_TIMEOUT, || {
            if let Ok(Some(status)) = child.try_wait() {
                return Err(format!("tauri-driver exited with {status}"));
            }
            status(port)
        });
        if let Err(e) = result {
            panic!("{e}\n{}", self.log_tail());
        }
    }

    /// Asks `/status` again; used before retrying a failed session creation.
    pub fn is_ready(&self) -> Result<(), String> {
        status(self.port)
    }
}

/// One plain HTTP GET of `/status` (no client library needed for this).
fn status(port: u16) -> Result<(), String> {
    let mut stream =
        TcpStream::connect(("127.0.0.1", port)).map_err(|e| format!("connect: {e}"))?;
    let timeout = Some(Duration::from_secs(5));
    stream
        .set_read_timeout(timeout)
        .and_then(|()| stream.set_write_timeout(timeout))
        .map_err(|e| format!("socket: {e}"))?;
    stream
        .write_all(
            format!("GET /status HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n")
                .as_bytes(),
        )
        .map_err(|e| format!("write: {e}"))?;
    let mut response = String::new();
    stream
        .read_to_string(&mut response)
        .map_err(|e| format!("read: {e}"))?;
    let compact: String = response.chars().filter(|c| !c.is_whitespace()).collect();
    if response.starts_with("HTTP/1.1 200") && compact.contains("\"ready\":true") {
        Ok(())
    } else {
        Err(response.chars().take(300).collect())
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        // Snapshot the whole tree first: once a parent dies its children are re-parented and
        // could no longer be found by walking from here.
        let root = self.child.id();
        let mut tree = procs::descendants(root);
        tree.push(root);
        for &pid in &tree {
            procs::signal(pid, "KILL");
        }
        let _ = self.child.wait();
        let _ = wait_until_blocking("the driver's processes to exit", EXIT_TIMEOUT, || {
            let alive: Vec<String> = tree
                .iter()
                .filter(|&&p| procs::is_alive(p))
                .map(|&p| procs::describe(p))
                .collect();
            if alive.is_empty() {
                Ok(())
            } else {
                Err(alive.join("; "))
            }
        })
        .map_err(|e| eprintln!("waypoint-e2e cleanup: {e}"));
    }
}
