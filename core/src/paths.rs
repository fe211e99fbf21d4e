//! Where Waypoint keeps its data. The app and the command line resolve it the same way, so
//! `waypoint add` writes to the journal the window shows.

use std::path::PathBuf;

/// The bundle identifier; also the folder name under the platform data dir (as Tauri's
/// `app_data_dir()` uses it).
pub const APP_IDENTIFIER: &str = "app.waypoint.journal";

/// The environment variable that overrides the data directory (tests, portable use).
pub const DATA_DIR_ENV: &str = "WAYPOINT_DATA_DIR";

/// The database file's name inside the data directory.
pub const DATABASE_FILE: &str = "waypoint.sqlite3";

/// Resolves the data directory: an explicit choice wins, then `WAYPOINT_DATA_DIR`, then the
/// platform data dir (`~/.local/share/app.waypoint.journal` on Linux).
pub fn data_dir(explicit: Option<PathBuf>) -> PathBuf {
    explicit
        .or_else(|| {
            std::env::var_os(DATA_DIR_ENV)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
        .unwrap_or_else(|| {
            dirs::data_dir()
                .unwrap_or_else(|| PathBuf::from("."))
                .join(APP_IDENTIFIER)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_dir_wins() {
        let dir = PathBuf::from("/tmp/explicit-waypoint");
        assert_eq!(data_dir(Some(dir.clone())), dir);
    }

    #[test]
    fn default_ends_in_identifier() {
        // The env var may be set by whoever runs the tests; only check the default when unset.
        if std::env::var_os(DATA_DIR_ENV).is_none() {
            assert!(data_dir(None).ends_with(APP_IDENTIFIER));
        }
    }
}
