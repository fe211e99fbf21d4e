//! The user's track, target level and target rating, kept in the settings table.

use rusqlite::{params, OptionalExtension};

use super::framework;
use super::types::CompetencyProfile;
use crate::error::Result;
use crate::store::Store;

const KEY: &str = "competency_profile";

impl Store {
    pub fn competency_profile(&self) -> Result<CompetencyProfile> {
        let raw: Option<String> = self
            .conn()
            .query_row("SELECT value FROM settings WHERE key = ?1", [KEY], |r| {
                r.get(0)
            })
            .optional()?;
        // Unreadable (e.g. written by a newer version) falls back to the default profile.
        Ok(raw
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or_default())
    }

    pub fn save_competency_profile(&mut self, p: &CompetencyProfile) -> Result<CompetencyProfile> {
        framework::check(p.track, p.target_level, p.target_rating)?;
        let json = serde_json::to_string(p).expect("a profile always serialises");
        self.conn().execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![KEY, json],
        )?;
        self.competency_profile()
    }
}
