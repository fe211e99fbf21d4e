//! The Debian package, as a user's machine receives it: unpacked into a clean folder, its
//! control fields, desktop entry (checked by `desktop-file-validate`), icons and licence read,
//! and the installed `waypoint` run. `make package-check` builds the package from the test
//! build's binaries with the same bundler and configuration as `make package`, and names it
//! in `WAYPOINT_DEB`.

use std::path::{Path, PathBuf};
use std::process::Command;

const VERSION: &str = env!("CARGO_PKG_VERSION");
/// Every size a desktop asks of an application icon, from the panel (16) to the app grid.
const ICON_SIZES: [u32; 8] = [16, 24, 32, 48, 64, 128, 256, 512];

fn deb() -> PathBuf {
    let path = std::env::var_os("WAYPOINT_DEB").map(PathBuf::from).expect(
        "WAYPOINT_DEB names the package to check: run `make package-check`, which builds it",
    );
    assert!(path.is_file(), "{} is not there", path.display());
    path
}

fn run(command: &mut Command) -> String {
    let out = command.output().expect("the command starts");
    assert!(
        out.status.success(),
        "{command:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn field(deb: &Path, name: &str) -> String {
    run(Command::new("dpkg-deb").arg("--field").arg(deb).arg(name))
        .trim()
        .to_string()
}

/// A PNG's width and height, from its IHDR chunk.
fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(
        &bytes[..8],
        b"\x89PNG\r\n\x1a\n",
        "{} is a PNG",
        path.display()
    );
    let word = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().expect("4 bytes"));
    (word(16), word(20))
}

#[test]
fn the_control_fields_say_what_it_is_who_made_it_and_what_it_needs() {
    let deb = deb();
    assert_eq!(field(&deb, "Package"), "waypoint");
    assert_eq!(field(&deb, "Version"), VERSION);
    let maintainer = field(&deb, "Maintainer");
    assert!(
        maintainer.contains('<') && maintainer.ends_with('>'),
        "a name and an address: {maintainer}"
    );
    let description = field(&deb, "Description");
    assert!(description.contains("journal"), "{description}");
    let depends = field(&deb, "Depends");
    for needed in ["libwebkit2gtk-4.1-0", "libgtk-3-0", "libssl3 | libssl3t64"] {
        assert!(
            depends.contains(needed),
            "Depends names {needed}: {depends}"
        );
    }
}

#[test]
fn unpacked_in_a_clean_place_it_has_a_valid_launcher_entry_icons_a_licence_and_a_working_command() {
    let deb = deb();
    let root = tempfile::tempdir().expect("a clean folder");
    run(Command::new("dpkg-deb")
        .arg("-x")
        .arg(&deb)
        .arg(root.path()));

    let entry = root.path().join("usr/share/applications/Waypoint.desktop");
    run(Command::new("desktop-file-validate").arg(&entry));
    let text = std::fs::read_to_string(&entry).expect("the desktop entry");
    for line in [
        "Name=Waypoint",
        "Categories=Office;Utility;",
        "Exec=waypoint",
        "Icon=waypoint",
        "Terminal=false",
    ] {
        assert!(text.lines().any(|l| l == line), "{line} in:\n{text}");
    }
    assert!(
        text.lines()
            .any(|l| l.starts_with("Comment=") && l.len() > 20),
        "a comment in:\n{text}"
    );

    for size in ICON_SIZES {
        let icon = root.path().join(format!(
            "usr/share/icons/hicolor/{size}x{size}/apps/waypoint.png"
        ));
        assert_eq!(png_size(&icon), (size, size), "{}", icon.display());
    }

    let copyright = std::fs::read_to_string(root.path().join("usr/share/doc/waypoint/copyright"))
        .expect("the licence");
    assert!(
        copyright.contains("License: MIT or Apache-2.0"),
        "{copyright}"
    );

    let bin = root.path().join("usr/bin");
    let version = run(Command::new(bin.join("waypoint")).arg("--version"));
    assert_eq!(version.trim(), format!("waypoint {VERSION}"));
    // `waypoint` without a subcommand hands over to the window, which must be beside it.
    let app = std::fs::metadata(bin.join("waypoint-app")).expect("waypoint-app is installed");
    assert!(
        std::os::unix::fs::PermissionsExt::mode(&app.permissions()) & 0o111 != 0,
        "waypoint-app is executable"
    );

    let unpacked = root.path().to_path_buf();
    root.close().expect("removed again");
    assert!(!unpacked.exists(), "nothing is left of it");
}
