//! One window per journal. A second `waypoint-app` on the same data folder hands over to the
//! first, which comes to the front, and exits before it opens the journal
//! (tauri-plugin-single-instance: a D-Bus name on Linux, so it needs a session bus; without
//! one the app starts as it is). The name is made from the folder, so two journals can still
//! be open side by side, and the command line works beside the window as ever (WAL).

use std::path::Path;

use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, Manager, Runtime};

/// The plugin, registered before anything else: the second instance must stop first.
pub fn plugin<R: Runtime>(identifier: &str, data_dir: &Path) -> TauriPlugin<R> {
    tauri_plugin_single_instance::Builder::new()
        .dbus_id(bus_id(identifier, data_dir))
        .callback(|app, _args, _cwd| bring_to_front(app))
        .build()
}

/// `<identifier>.folder_<hash>`: a valid D-Bus name for this data folder. The folder is
/// resolved first, so `~/notes`, `~/notes/` and a link to it are one journal.
fn bus_id(identifier: &str, data_dir: &Path) -> String {
    let dir = std::fs::canonicalize(data_dir).unwrap_or_else(|_| data_dir.to_path_buf());
    format!(
        "{identifier}.folder_{:016x}",
        fnv1a(dir.as_os_str().as_encoded_bytes())
    )
}

/// FNV-1a (64 bit): stable across builds and Rust versions, unlike std's hasher, so every
/// Waypoint finds every other one on the same folder.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

pub(crate) fn bring_to_front<R: Runtime>(app: &AppHandle<R>) {
    let Some(window) = app.get_webview_window("main") else {
        return;
    };
    let shown = window
        .unminimize()
        .and_then(|()| window.show())
        .and_then(|()| window.set_focus());
    if let Err(e) = shown {
        eprintln!("waypoint: Waypoint was started again, but its window could not be brought to the front: {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_folder_however_it_is_written_is_one_name_and_two_folders_are_two() {
        let root = tempfile::tempdir().unwrap();
        let journal = root.path().join("journal");
        let other = root.path().join("other");
        std::fs::create_dir_all(&journal).unwrap();
        std::fs::create_dir_all(&other).unwrap();
        let link = root.path().join("link");
        std::os::unix::fs::symlink(&journal, &link).unwrap();
        let id = |p: &Path| bus_id("app.waypoint.journal", p);

        assert_eq!(id(&journal), id(&root.path().join("journal/")));
        assert_eq!(id(&journal), id(&link));
        assert_eq!(id(&journal), id(&root.path().join("other/../journal")));
        assert_ne!(id(&journal), id(&other));
    }

    #[test]
    fn the_name_is_a_valid_dbus_name() {
        let id = bus_id(
            "app.waypoint.journal",
            Path::new("/home/ana/Some Folder/ünïcode"),
        );
        // D-Bus: elements of [A-Za-z0-9_-], none starting with a digit, at most 255 bytes.
        assert!(id.len() <= 255);
        for element in id.split('.') {
            assert!(!element.is_empty(), "{id}");
            assert!(!element.starts_with(|c: char| c.is_ascii_digit()), "{id}");
            assert!(
                element
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'),
                "{id}"
            );
        }
        assert!(id.starts_with("app.waypoint.journal.folder_"), "{id}");
    }

    #[test]
    fn fnv1a_matches_its_published_test_vectors() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }
}
