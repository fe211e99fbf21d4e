//! The user's track, target level and target rating, kept in the settings table.

use super::framework;
use super::types::CompetencyProfile;
use crate::error::Result;
use crate::store::Store;

const KEY: &str = "competency_profile";

impl Store {
    pub fn competency_profile(&self) -> Result<CompetencyProfile> {
        self.read_setting(KEY)
    }

    pub fn save_competency_profile(&mut self, p: &CompetencyProfile) -> Result<CompetencyProfile> {
        framework::check(p.track, p.target_level, p.target_rating)?;
        self.write_setting(KEY, p)?;
        self.competency_profile()
    }
}
