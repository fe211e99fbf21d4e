//! Looking at an exported page as a reader would: `tools/page_shot.py` draws it with WebKitGTK
//! (the engine of the app's window, with nothing fetched) into `artifacts/screenshots/`.

use std::path::{Path, PathBuf};

use crate::{screenshots_dir, workspace_root};

/// Saves `NAME.png` of the HTML file at `page` and returns its path. Needs a display (the
/// suite runs under Xvfb) and Debian's python3 with GTK's bindings (`make test-deps`).
pub fn page_shot(page: &Path, name: &str) -> PathBuf {
    let out = screenshots_dir().join(format!("{name}.png"));
    std::fs::create_dir_all(screenshots_dir()).expect("the screenshots folder");
    let status = std::process::Command::new("/usr/bin/python3")
        .arg(workspace_root().join("tests/tools/page_shot.py"))
        .arg(page)
        .arg(&out)
        .status()
        .expect("/usr/bin/python3 runs (python3-gi, gir1.2-webkit2-4.1, python3-gi-cairo)");
    assert!(status.success(), "page_shot of {} failed", page.display());
    let png = std::fs::read(&out).expect("the page's screenshot");
    assert!(
        png.starts_with(b"\x89PNG"),
        "{} is not a PNG",
        out.display()
    );
    out
}
