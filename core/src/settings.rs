//! Small user settings stored in the database (so they travel with a backup), as JSON values.

use rusqlite::{params, OptionalExtension};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::error::{Error, Result};
use crate::store::Store;

/// The colour theme: follow the OS, or a fixed choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ThemePreference {
    #[default]
    System,
    Light,
    Dark,
}

/// Every setting the app reads at start-up.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Type)]
#[serde(default)]
pub struct Settings {
    pub theme: ThemePreference,
    /// Whether the editor shows the rendered preview beside the text.
    pub show_preview: bool,
}

const KEY: &str = "app";
const LOCK_KEY: &str = "lock";

/// The longest idle time before the app locks, in minutes (a working day).
pub const MAX_AUTO_LOCK_MINUTES: u32 = 8 * 60;

/// How the app locks an encrypted journal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(default)]
pub struct LockSettings {
    /// Minutes without a key press or a click before the app locks; 0 never.
    pub auto_lock_minutes: u32,
}

impl Default for LockSettings {
    fn default() -> Self {
        Self {
            auto_lock_minutes: 15,
        }
    }
}

impl Store {
    pub fn settings(&self) -> Result<Settings> {
        self.read_setting(KEY)
    }

    pub fn save_settings(&mut self, s: &Settings) -> Result<Settings> {
        self.write_setting(KEY, s)?;
        self.settings()
    }

    pub fn lock_settings(&self) -> Result<LockSettings> {
        self.read_setting(LOCK_KEY)
    }

    pub fn save_lock_settings(&mut self, s: &LockSettings) -> Result<LockSettings> {
        if s.auto_lock_minutes > MAX_AUTO_LOCK_MINUTES {
            return Err(Error::invalid_field(
                "auto_lock_minutes",
                format!(
                    "Lock after at most {MAX_AUTO_LOCK_MINUTES} minutes of no use, or 0 for never; \
                     {} is more. Nothing was changed.",
                    s.auto_lock_minutes
                ),
            ));
        }
        self.write_setting(LOCK_KEY, s)?;
        self.lock_settings()
    }

    /// A JSON value from the settings table. A value written by a newer version (or damaged)
    /// falls back to the default instead of failing start-up.
    pub(crate) fn read_setting<T: DeserializeOwned + Default>(&self, key: &str) -> Result<T> {
        let raw: Option<String> = self
            .conn()
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?;
        Ok(raw
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or_default())
    }

    pub(crate) fn has_setting(&self, key: &str) -> Result<bool> {
        Ok(self
            .conn()
            .query_row("SELECT 1 FROM settings WHERE key = ?1", [key], |_| Ok(()))
            .optional()?
            .is_some())
    }

    pub(crate) fn write_setting<T: Serialize>(&self, key: &str, value: &T) -> Result<()> {
        let json = serde_json::to_string(value)
            .map_err(|e| Error::invalid(format!("The setting {key} could not be saved: {e}")))?;
        self.conn().execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, json],
        )?;
        Ok(())
    }
}
