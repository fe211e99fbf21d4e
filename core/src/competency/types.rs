//! Competencies, self-ratings and the charts' data, as they cross into the app.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;

/// The direction the engineer is growing in. Both are first-class: choosing to stay an
/// individual contributor is an outcome, not a failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Track {
    #[default]
    Ic,
    Management,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    #[default]
    Senior,
    StaffPrincipal,
    Manager,
}

impl Track {
    /// The target levels on this track, the first being where a newly chosen track starts.
    pub fn levels(self) -> &'static [Level] {
        match self {
            Track::Ic => &[Level::Senior, Level::StaffPrincipal],
            Track::Management => &[Level::Manager],
        }
    }
}

impl Level {
    pub fn label(self) -> &'static str {
        match self {
            Level::Senior => "Senior engineer",
            Level::StaffPrincipal => "Staff / Principal",
            Level::Manager => "Manager",
        }
    }
}

/// Where a competency comes from in the seed's framework.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum CompetencyGroup {
    /// Leadership needs for all levels.
    Leadership,
    Senior,
    StaffPrincipal,
    Manager,
    /// Added by the user.
    Custom,
}

impl CompetencyGroup {
    pub fn as_str(self) -> &'static str {
        match self {
            CompetencyGroup::Leadership => "leadership",
            CompetencyGroup::Senior => "senior",
            CompetencyGroup::StaffPrincipal => "staff_principal",
            CompetencyGroup::Manager => "manager",
            CompetencyGroup::Custom => "custom",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            CompetencyGroup::Leadership,
            CompetencyGroup::Senior,
            CompetencyGroup::StaffPrincipal,
            CompetencyGroup::Manager,
            CompetencyGroup::Custom,
        ]
        .into_iter()
        .find(|g| g.as_str() == s)
    }
}

/// The user's direction and target, stored as a setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(default)]
pub struct CompetencyProfile {
    pub track: Track,
    pub target_level: Level,
    /// The rating (1–5) the user expects of themselves at the target level; below it is a gap.
    pub target_rating: u8,
}

impl CompetencyProfile {
    /// The profile on another track: the level stays when that track has it, else it becomes
    /// the track's first level, so the pair is always one the framework accepts.
    pub fn on_track(self, track: Track) -> Self {
        let levels = track.levels();
        let target_level = if levels.contains(&self.target_level) {
            self.target_level
        } else {
            levels[0]
        };
        Self {
            track,
            target_level,
            ..self
        }
    }
}

impl Default for CompetencyProfile {
    fn default() -> Self {
        Self {
            track: Track::Ic,
            target_level: Level::Senior,
            target_rating: 4,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Competency {
    pub id: i64,
    pub name: String,
    pub description: String,
    /// Entries carrying this tag count as evidence for the competency.
    pub tag: String,
    pub groups: Vec<CompetencyGroup>,
    pub archived: bool,
}

/// One rating from one self-review.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct RatingPoint {
    pub review_id: i64,
    pub rated_on: NaiveDate,
    pub rating: u8,
    pub note: String,
}

/// A competency with its rating history and evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct CompetencyStatus {
    pub competency: Competency,
    /// Whether the profile's track and level include it (custom ones always do).
    pub relevant: bool,
    /// Oldest first.
    pub history: Vec<RatingPoint>,
    pub latest: Option<u8>,
    pub previous: Option<u8>,
    /// Entries and documents carrying its tag, outside the trash.
    pub evidence_count: u32,
    /// Of which entries ...
    pub entry_count: u32,
    /// ... and documents (briefs, writeups).
    pub document_count: u32,
}

/// One axis of the radar: the latest rating against the one before it.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct RadarAxis {
    pub competency_id: i64,
    pub name: String,
    pub latest: Option<u8>,
    pub previous: Option<u8>,
}

/// A competency below the target rating, with why, in plain words.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct CompetencyGap {
    pub competency_id: i64,
    pub name: String,
    pub tag: String,
    pub latest: Option<u8>,
    pub target: u8,
    pub evidence_count: u32,
    /// e.g. "Rated 2 of 5, target 4 · 1 entry and 1 document of evidence".
    pub summary: String,
}

/// Everything the competency view shows.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct CompetencyOverview {
    pub profile: CompetencyProfile,
    /// Relevant competencies first (in framework order), then the others.
    pub competencies: Vec<CompetencyStatus>,
    pub radar: Vec<RadarAxis>,
    /// Worst first: lowest rating, then least evidence; unrated ones after rated ones.
    pub gaps: Vec<CompetencyGap>,
    pub review_count: u32,
    pub last_review_on: Option<NaiveDate>,
    pub previous_review_on: Option<NaiveDate>,
}

/// One rating in a self-review. The rating is a wide integer so 0 or 7 gets a specific
/// message rather than a decoding error.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, Type)]
pub struct RatingInput {
    pub competency_id: i64,
    pub rating: i64,
    #[serde(default)]
    pub note: String,
}

/// A competency the user adds.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize, Type)]
#[serde(default)]
pub struct CompetencyDraft {
    pub name: String,
    pub description: String,
    /// Optional; derived from the name when empty.
    pub tag: String,
}
