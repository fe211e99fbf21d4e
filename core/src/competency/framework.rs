//! Which parts of the seed's framework apply to a track and target level.

use super::types::{CompetencyGroup, Level, Track};
use crate::error::{Error, Result};

/// The groups a profile includes. Leadership needs apply at every level; an IC aiming at
/// staff/principal still needs the senior list, and custom competencies always count.
pub fn groups_for(track: Track, level: Level) -> Vec<CompetencyGroup> {
    use CompetencyGroup::*;
    match (track, level) {
        (Track::Ic, Level::Senior) => vec![Leadership, Senior, Custom],
        (Track::Ic, Level::StaffPrincipal) => vec![Leadership, Senior, StaffPrincipal, Custom],
        (Track::Management, _) | (Track::Ic, Level::Manager) => vec![Leadership, Manager, Custom],
    }
}

/// A track and level that belong together; a management target on the IC track is a
/// contradiction worth pointing out rather than guessing.
pub fn check(track: Track, level: Level, target_rating: u8) -> Result<()> {
    match (track, level) {
        (Track::Ic, Level::Manager) => {
            return Err(Error::invalid(
                "Manager is a management-track level. Choose the management track, or pick \
                 Senior or Staff/Principal as an IC target.",
            ))
        }
        (Track::Management, Level::Senior | Level::StaffPrincipal) => {
            return Err(Error::invalid(
                "Senior and Staff/Principal are IC-track levels. Choose the IC track, or pick \
                 Manager as a management target.",
            ))
        }
        _ => {}
    }
    if !(1..=5).contains(&target_rating) {
        return Err(Error::invalid(format!(
            "The target rating is {target_rating}; it must be from 1 to 5."
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use CompetencyGroup::*;

    #[test]
    fn each_target_shows_leadership_needs_and_its_own_list() {
        assert_eq!(
            groups_for(Track::Ic, Level::Senior),
            vec![Leadership, Senior, Custom]
        );
        assert_eq!(
            groups_for(Track::Ic, Level::StaffPrincipal),
            vec![Leadership, Senior, StaffPrincipal, Custom]
        );
        assert_eq!(
            groups_for(Track::Management, Level::Manager),
            vec![Leadership, Manager, Custom]
        );
    }

    #[test]
    fn mismatched_track_and_level_are_explained() {
        assert!(check(Track::Ic, Level::Manager, 4)
            .unwrap_err()
            .message
            .contains("management track"));
        assert!(check(Track::Management, Level::Senior, 4)
            .unwrap_err()
            .message
            .contains("IC track"));
        assert!(check(Track::Ic, Level::StaffPrincipal, 6).is_err());
        assert!(check(Track::Management, Level::Manager, 5).is_ok());
    }
}
