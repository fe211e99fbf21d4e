//! The year plan's data as it crosses into the app and the command line.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::journal::EntryKind;

/// Where a milestone stands. `Skipped` is a decision (with a note on why), not a failure,
/// so progress shows it separately instead of counting it as undone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneStatus {
    #[default]
    NotStarted,
    InProgress,
    Done,
    Skipped,
}

impl MilestoneStatus {
    pub const ALL: [MilestoneStatus; 4] = [
        MilestoneStatus::NotStarted,
        MilestoneStatus::InProgress,
        MilestoneStatus::Done,
        MilestoneStatus::Skipped,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MilestoneStatus::NotStarted => "not_started",
            MilestoneStatus::InProgress => "in_progress",
            MilestoneStatus::Done => "done",
            MilestoneStatus::Skipped => "skipped",
        }
    }

    pub fn parse(s: &str) -> Option<MilestoneStatus> {
        let norm = s.trim().to_lowercase().replace(['-', ' '], "_");
        MilestoneStatus::ALL
            .into_iter()
            .find(|k| k.as_str() == norm)
    }

    /// Still to do: counts towards "overdue" once its target date has passed.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            MilestoneStatus::NotStarted | MilestoneStatus::InProgress
        )
    }
}

/// Counts behind a progress bar. `done / (total - skipped)` is the share achieved; skipped
/// milestones are shown beside it, never hidden in either number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Type)]
pub struct Progress {
    pub total: u32,
    pub done: u32,
    pub in_progress: u32,
    pub not_started: u32,
    pub skipped: u32,
    pub overdue: u32,
    /// Whole percent of the milestones that were not skipped; 0 when there are none.
    pub percent: u32,
}

/// A journal entry linked to a milestone as evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct EvidenceLink {
    pub entry_id: i64,
    pub title: String,
    pub kind: EntryKind,
    pub entry_date: NaiveDate,
}

/// A document (a brief, a writeup) linked to a milestone as evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct DocumentEvidence {
    pub document_id: i64,
    pub title: String,
    pub kind: crate::documents::DocumentKind,
    /// The kind as people read it ("Executive brief").
    pub kind_label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Milestone {
    pub id: i64,
    pub plan_id: i64,
    pub quarter: u8,
    pub title: String,
    pub target_date: Option<NaiveDate>,
    pub status: MilestoneStatus,
    /// Why it was skipped, or anything else worth remembering about its status.
    pub status_note: String,
    /// The day it was marked done, while it is done.
    pub done_on: Option<NaiveDate>,
    /// Open and its target date is before today.
    pub overdue: bool,
    /// False for the plan's very first milestone (nothing comes before it) ...
    pub can_move_up: bool,
    /// ... and for its very last.
    pub can_move_down: bool,
    pub evidence: Vec<EvidenceLink>,
    /// Documents linked as evidence (in the trash they do not count).
    pub documents: Vec<DocumentEvidence>,
}

/// One place up or down the plan's order of milestones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Up,
    Down,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Quarter {
    pub number: u8,
    /// The quarter's theme, e.g. "Business context".
    pub focus: String,
    pub start: NaiveDate,
    /// The last day of the quarter.
    pub end: NaiveDate,
    /// Its months as titles write them: "Sep–Nov 2026".
    pub months: String,
    /// Written at the start of the quarter (Markdown).
    pub goals: String,
    /// The live journal entry that holds this quarter's retrospective, if written.
    pub retrospective_entry_id: Option<i64>,
    pub is_current: bool,
    pub has_ended: bool,
    pub progress: Progress,
    pub milestones: Vec<Milestone>,
}

/// A whole plan, as the plan view shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Plan {
    pub id: i64,
    pub title: String,
    /// The year the plan starts in; one plan per year.
    pub year: i32,
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// Its months as titles write them: "Mar 2026–Feb 2027".
    pub months: String,
    pub archived: bool,
    /// 1–4 when today falls inside the plan.
    pub current_quarter: Option<u8>,
    pub progress: Progress,
    pub quarters: Vec<Quarter>,
}

/// One row of the plan picker.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct PlanSummary {
    pub id: i64,
    pub title: String,
    pub year: i32,
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// Its months as titles write them: "Mar 2026–Feb 2027".
    pub months: String,
    pub archived: bool,
    pub current_quarter: Option<u8>,
    pub progress: Progress,
    /// The plan the plan view opens first ([`crate::Store::plan_to_open`]); one at most.
    pub opens_first: bool,
}

/// What the "new plan" form sends. Text fields so a bad value gets a specific message.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize, Type)]
#[serde(default)]
pub struct NewPlan {
    /// `YYYY-MM`: the plan runs twelve months from the first day of this month.
    pub start_month: String,
    /// Defaults to "Strategist Track 2026" (or "2026–27" when it spans two years).
    #[specta(optional)]
    pub title: Option<String>,
}

/// What the milestone editor sends to save a milestone.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize, Type)]
#[serde(default)]
pub struct MilestoneDraft {
    pub title: String,
    /// `YYYY-MM-DD` inside the plan, or empty for none.
    pub target_date: String,
    pub status: MilestoneStatus,
    pub status_note: String,
}

/// A milestone named from elsewhere: the entry editor's "supports" list and its picker.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct MilestoneRef {
    pub id: i64,
    pub plan_id: i64,
    pub plan_title: String,
    pub quarter: u8,
    pub quarter_focus: String,
    pub title: String,
    pub status: MilestoneStatus,
    pub target_date: Option<NaiveDate>,
    pub overdue: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_names_round_trip() {
        for s in MilestoneStatus::ALL {
            assert_eq!(MilestoneStatus::parse(s.as_str()), Some(s));
            assert_eq!(
                serde_json::to_string(&s).unwrap(),
                format!("\"{}\"", s.as_str())
            );
        }
        assert_eq!(
            MilestoneStatus::parse("In progress"),
            Some(MilestoneStatus::InProgress)
        );
        assert_eq!(MilestoneStatus::parse("finished"), None);
    }
}
