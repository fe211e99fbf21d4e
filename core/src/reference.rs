//! Reference data the UI shows but must not restate: the levels of each track and their
//! names, what each point of the rating scale means, the Strategist Track's quarter themes,
//! the limits input is checked against, and the constants the workload metrics use. One
//! command hands it to the UI at start, so a change here changes the app.

use serde::Serialize;
use specta::Type;

use crate::calendar::MAX_FILE_BYTES;
use crate::competency::{Level, Track};
use crate::journal::validate as entry;
use crate::plan::template::STRATEGIST_TRACK;
use crate::workload::checkins::MAX_NOTE_CHARS as CHECKIN_NOTE_CHARS;
use crate::workload::correlation::MIN_WEEKS as CORRELATION_MIN_WEEKS;
use crate::workload::week::{BACK_TO_BACK_GAP_SECS, FOCUS_BLOCK_SECS};
use crate::workload::{StressStep, STRESS_STEPS};

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Reference {
    /// Each track with the target levels that belong to it, the first being its default.
    pub tracks: Vec<TrackLevels>,
    /// What each rating from 1 to 5 means.
    pub rating_scale: Vec<RatingMeaning>,
    /// The Strategist Track's themes for quarters 1 to 4.
    pub quarter_focus: Vec<String>,
    pub limits: Limits,
    pub workload: WorkloadConstants,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct TrackLevels {
    pub track: Track,
    pub levels: Vec<LevelName>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct LevelName {
    pub level: Level,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct RatingMeaning {
    pub rating: u8,
    pub meaning: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Limits {
    /// The largest calendar file an import reads.
    pub calendar_file_bytes: u32,
    /// The most the window sends to an import, all chosen files together.
    pub import_bytes: u32,
    /// An entry's title, in characters.
    pub entry_title_chars: u32,
    /// An entry's body, in bytes of UTF-8.
    pub entry_body_bytes: u32,
    pub tag_chars: u32,
    pub tags_per_entry: u32,
    pub checkin_note_chars: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct WorkloadConstants {
    /// Free time counts as focus time in blocks of at least this long.
    pub focus_block_minutes: u32,
    /// Meetings closer than this are back to back.
    pub back_to_back_gap_minutes: u32,
    /// Weeks with both a check-in and calendar data before a correlation is shown.
    pub correlation_min_weeks: u32,
    /// The steps of the year in pixels' stress scale, calm to high.
    pub stress_steps: Vec<StressStep>,
}

/// What each point of the 1–5 self-rating scale means.
pub const RATING_MEANINGS: [&str; 5] = [
    "Just starting",
    "Learning",
    "Capable",
    "Strong",
    "A strength others learn from",
];

pub fn reference() -> Reference {
    let level = |level: Level| LevelName {
        level,
        label: level.label().to_string(),
    };
    Reference {
        tracks: [Track::Ic, Track::Management]
            .into_iter()
            .map(|track| TrackLevels {
                track,
                levels: track.levels().iter().copied().map(level).collect(),
            })
            .collect(),
        rating_scale: (1..)
            .zip(RATING_MEANINGS)
            .map(|(rating, meaning)| RatingMeaning {
                rating,
                meaning: meaning.to_string(),
            })
            .collect(),
        quarter_focus: STRATEGIST_TRACK
            .iter()
            .map(|q| q.focus.to_string())
            .collect(),
        limits: Limits {
            calendar_file_bytes: MAX_FILE_BYTES as u32,
            import_bytes: crate::transfer::incoming::MAX_WINDOW_BYTES as u32,
            entry_title_chars: entry::MAX_TITLE_CHARS as u32,
            entry_body_bytes: entry::MAX_BODY_BYTES as u32,
            tag_chars: entry::MAX_TAG_CHARS as u32,
            tags_per_entry: entry::MAX_TAGS as u32,
            checkin_note_chars: CHECKIN_NOTE_CHARS as u32,
        },
        workload: WorkloadConstants {
            focus_block_minutes: (FOCUS_BLOCK_SECS / 60) as u32,
            back_to_back_gap_minutes: (BACK_TO_BACK_GAP_SECS / 60) as u32,
            correlation_min_weeks: CORRELATION_MIN_WEEKS as u32,
            stress_steps: STRESS_STEPS.to_vec(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::competency::framework::check;

    #[test]
    fn every_listed_level_belongs_to_its_track_and_no_other() {
        let r = reference();
        for t in &r.tracks {
            for other in &r.tracks {
                for l in &other.levels {
                    assert_eq!(
                        check(t.track, l.level, 4).is_ok(),
                        t.track == other.track,
                        "{:?} with {:?}",
                        t.track,
                        l.level
                    );
                }
            }
        }
        assert_eq!(r.rating_scale.len(), 5);
        assert_eq!(r.rating_scale[4].rating, 5);
        assert_eq!(r.quarter_focus[0], "Business context");
        assert_eq!(r.workload.focus_block_minutes, 120);
    }
}
