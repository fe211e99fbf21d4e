//! Competencies: the seed's framework by track and level, the user's own additions, dated
//! self-ratings with their history, evidence from tagged entries, the radar and the gaps.

mod catalogue;
pub mod framework;
mod gaps;
mod overview;
mod profile;
mod reviews;
mod types;

pub use reviews::MAX_RATING_NOTE_CHARS;
pub use types::{
    Competency, CompetencyDraft, CompetencyGap, CompetencyGroup, CompetencyOverview,
    CompetencyProfile, CompetencyStatus, Level, RadarAxis, RatingInput, RatingPoint, Track,
};
