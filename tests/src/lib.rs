//! The harness for Waypoint's end-to-end tests: the real binary, in a real WebKitGTK window
//! under Xvfb, driven through `tauri-driver` (WebDriver) with `fantoccini`.
//!
//! Each test gets its own [`TestDir`] (data folder, XDG folders, logs) and starts the app with
//! [`App::launch`]. Every wait polls a condition with a deadline ([`wait::wait_until`]); a
//! timeout says what was awaited and what was last seen. Dropping an [`App`] kills the driver,
//! WebKitWebDriver and the app, also when a test panics.
//!
//! What the app saved is checked on disk, through its own command line ([`cli`]) or the
//! core on a second connection ([`disk`]), not through the UI.
//!
//! Run: `make e2e` (it builds the UI, then the workspace's tests and binaries in one cargo
//! call, and runs this suite under `xvfb-run` with `--test-threads=1`).
//! See `tests/README.md` for the environment variables and what each test checks.

pub mod app;
pub mod cli;
pub mod disk;
pub mod driver;
pub mod page_shot;
pub mod procs;
pub mod wait;

use std::path::{Path, PathBuf};

pub use app::{sel, within, App};
pub use wait::{wait_until, TEST_TIMEOUT, UI_TIMEOUT};

/// With `WAYPOINT_E2E_TRACE=1`, prints each harness step with the time since the first one
/// (shown by `cargo test -- --nocapture`): where a test hangs or slows down.
pub fn trace(step: &str) {
    use std::sync::OnceLock;
    use std::time::Instant;
    static START: OnceLock<Instant> = OnceLock::new();
    static ON: OnceLock<bool> = OnceLock::new();
    if *ON.get_or_init(|| std::env::var_os("WAYPOINT_E2E_TRACE").is_some_and(|v| v != "0")) {
        let t = START.get_or_init(Instant::now).elapsed().as_secs_f64();
        eprintln!("[e2e {t:8.3}s] {step}");
    }
}

/// WebDriver's Enter key, for `send_keys`.
pub const ENTER: char = '\u{E007}';
/// WebDriver's Backspace key.
pub const BACKSPACE: char = '\u{E003}';

/// Text for `send_keys` with each line break typed as the Enter key, as a person would.
pub fn keys(text: &str) -> String {
    text.replace('\n', &ENTER.to_string())
}

/// The workspace root (the parent of this crate).
pub fn workspace_root() -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    here.parent().unwrap_or(here).to_path_buf()
}

/// Where screenshots go: `artifacts/screenshots/` in the workspace (gitignored).
pub fn screenshots_dir() -> PathBuf {
    workspace_root().join("artifacts").join("screenshots")
}

/// The command users start, `waypoint` (it hands over to `waypoint-app` beside it):
/// `$WAYPOINT_BIN`, else `target/debug/waypoint` (honouring
/// `$CARGO_TARGET_DIR`). Absolute, and it must exist.
pub fn app_binary() -> PathBuf {
    let bin = match std::env::var_os("WAYPOINT_BIN").filter(|v| !v.is_empty()) {
        Some(p) => PathBuf::from(p),
        None => {
            let target = std::env::var_os("CARGO_TARGET_DIR")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
                .unwrap_or_else(|| workspace_root().join("target"));
            let target = if target.is_absolute() {
                target
            } else {
                workspace_root().join(target)
            };
            target.join("debug").join("waypoint")
        }
    };
    std::fs::canonicalize(&bin).unwrap_or_else(|e| {
        panic!(
            "the app binary {} is missing ({e}). Build it first: \
             (cd ui && npm run build) && cargo build -p waypoint --features custom-protocol \
             — or point WAYPOINT_BIN at one.",
            bin.display()
        )
    })
}

/// One test's private folders: `data/` (the journal), `xdg/` (WebKit's caches and storage)
/// and `logs/` (the driver's output). Removed when dropped, unless the test failed and
/// `WAYPOINT_E2E_KEEP=1` is set.
pub struct TestDir {
    root: tempfile::TempDir,
}

impl TestDir {
    pub fn new(name: &str) -> TestDir {
        let root = tempfile::Builder::new()
            .prefix(&format!("waypoint-e2e-{name}-"))
            .tempdir()
            .unwrap_or_else(|e| panic!("cannot create a temp dir: {e}"));
        let dir = TestDir { root };
        for sub in [
            "data",
            "xdg/data",
            "xdg/config",
            "xdg/cache",
            "logs",
            "documents",
        ] {
            let p = dir.root().join(sub);
            std::fs::create_dir_all(&p)
                .unwrap_or_else(|e| panic!("cannot create {}: {e}", p.display()));
        }
        // The app's Documents folder (where it exports) is the test's own, not the user's.
        let user_dirs = format!("XDG_DOCUMENTS_DIR=\"{}\"\n", dir.documents_dir().display());
        std::fs::write(dir.root().join("xdg/config/user-dirs.dirs"), user_dirs)
            .unwrap_or_else(|e| panic!("cannot write user-dirs.dirs: {e}"));
        dir
    }

    pub fn root(&self) -> &Path {
        self.root.path()
    }

    /// The app's Documents folder (exports go to `Waypoint/` in it).
    pub fn documents_dir(&self) -> PathBuf {
        self.root().join("documents")
    }

    /// The journal's data folder, as passed to `--data-dir`.
    pub fn data_dir(&self) -> PathBuf {
        self.root().join("data")
    }
}

impl Drop for TestDir {
    fn drop(&mut self) {
        if std::thread::panicking() && std::env::var_os("WAYPOINT_E2E_KEEP").is_some() {
            self.root.disable_cleanup(true);
            eprintln!(
                "waypoint-e2e: kept {} for inspection",
                self.root.path().display()
            );
        }
    }
}
