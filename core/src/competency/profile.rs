//! The user's track, target level and target rating, kept in the settings table.

use super::framework;
use super::types::{CompetencyProfile, Track};
use crate::error::Result;
use crate::store::Store;

const KEY: &str = "competency_profile";

impl Store {
    pub fn competency_profile(&self) -> Result<CompetencyProfile> {
        self.read_setting(KEY)
    }

    /// Whether the user has saved a profile; until then the default one applies.
    pub fn competency_profile_chosen(&self) -> Result<bool> {
        self.has_setting(KEY)
    }

    /// Moves the stored profile to another track (see [`CompetencyProfile::on_track`]).
    pub fn switch_competency_track(&mut self, track: Track) -> Result<CompetencyProfile> {
        let moved = self.competency_profile()?.on_track(track);
        self.save_competency_profile(&moved)
    }

    pub fn save_competency_profile(&mut self, p: &CompetencyProfile) -> Result<CompetencyProfile> {
        framework::check(p.track, p.target_level, p.target_rating)?;
        self.write_setting(KEY, p)?;
        self.competency_profile()
    }
}

#[cfg(test)]
mod tests {
    use super::super::types::Level;
    use super::*;

    #[test]
    fn switching_track_keeps_a_level_that_still_fits_otherwise_takes_the_tracks_first() {
        let staff = CompetencyProfile {
            track: Track::Ic,
            target_level: Level::StaffPrincipal,
            target_rating: 4,
        };
        assert_eq!(staff.on_track(Track::Ic), staff);
        let manager = staff.on_track(Track::Management);
        assert_eq!(
            (manager.track, manager.target_level, manager.target_rating),
            (Track::Management, Level::Manager, 4)
        );
        let back = CompetencyProfile {
            target_rating: 3,
            ..manager
        }
        .on_track(Track::Ic);
        assert_eq!(
            (back.track, back.target_level, back.target_rating),
            (Track::Ic, Level::Senior, 3)
        );
    }
}
