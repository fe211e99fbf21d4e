//! Small user settings stored in the database (so they travel with a backup), as JSON values.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::store::Store;

/// The colour theme: follow the OS, or a fixed choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ThemePreference {
    #[default]
    System,
    Light,
    Dark,
}

/// Every setting the app reads at start-up.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct Settings {
    pub theme: ThemePreference,
    /// Whether the editor shows the rendered preview beside the text.
    pub show_preview: bool,
}

const KEY: &str = "app";

impl Store {
    pub fn settings(&self) -> Result<Settings> {
        let raw: Option<String> = self
            .conn()
            .query_row("SELECT value FROM settings WHERE key = ?1", [KEY], |r| {
                r.get(0)
            })
            .optional()?;
        // A setting written by a newer version falls back to defaults instead of failing start-up.
        Ok(raw
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or_default())
    }

    pub fn save_settings(&mut self, s: &Settings) -> Result<Settings> {
        let json = serde_json::to_string(s)
            .map_err(|e| Error::invalid(format!("Settings could not be saved: {e}")))?;
        self.conn().execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![KEY, json],
        )?;
        self.settings()
    }
}
