//! A review as it crosses into the app, the command line (`--json`) and the exports.

use chrono::NaiveDate;
use serde::Serialize;
use specta::Type;

use super::period::Period;
use super::sections::Include;
use crate::documents::DocumentKind;
use crate::plan::{MilestoneStatus, Progress};
use crate::workload::correlation::Correlation;
use crate::workload::CheckIn;

/// Where a story, a piece of evidence or a timeline mark comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    Milestone,
    Entry,
    Document,
}

/// An entry or a document linked to a milestone: its title and date, never its text.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Evidence {
    pub kind: SourceKind,
    pub id: i64,
    pub title: String,
    pub date: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct ReviewMilestone {
    pub id: i64,
    pub plan_title: String,
    pub quarter: u8,
    pub title: String,
    pub status: MilestoneStatus,
    pub status_note: String,
    pub target_date: Option<NaiveDate>,
    pub done_on: Option<NaiveDate>,
    /// Open and past its target date, as of the day the review was made.
    pub overdue: bool,
    /// Oldest first.
    pub evidence: Vec<Evidence>,
}

/// The plan's milestones that fall in the period: those of quarters overlapping it, and those
/// done in it.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct PlanPart {
    /// The plans the period touches.
    pub plans: Vec<String>,
    pub progress: Progress,
    /// In the order they were done.
    pub done: Vec<ReviewMilestone>,
    pub in_progress: Vec<ReviewMilestone>,
    pub skipped: Vec<ReviewMilestone>,
    pub not_started: Vec<ReviewMilestone>,
}

/// One competency from the first to the last self-review in the period.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct CompetencyChange {
    pub competency_id: i64,
    pub name: String,
    pub tag: String,
    pub first: Option<u8>,
    pub last: Option<u8>,
    /// last − first, when both were rated.
    pub change: Option<i8>,
    /// How far the last rating is below the target (0 at or above it); none when unrated.
    pub gap: Option<u8>,
    /// Entries and documents of the period carrying its tag.
    pub entries: u32,
    pub documents: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct CompetencyPart {
    pub target_rating: u8,
    /// "Staff / Principal".
    pub target_level: String,
    pub review_count: u32,
    pub first_review_on: Option<NaiveDate>,
    pub last_review_on: Option<NaiveDate>,
    /// The competencies of the user's track and level (and their own), in framework order.
    pub changes: Vec<CompetencyChange>,
}

/// A business case found in a document's ```roi block.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct RoiFigure {
    pub npv: f64,
    pub roi_percent: Option<f64>,
    pub payback_months: Option<f64>,
    /// The report's sentence: "Investing $120k returns ...".
    pub summary: String,
}

/// A document written or changed in the period.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct ReviewDocument {
    pub id: i64,
    pub kind: DocumentKind,
    pub kind_label: String,
    pub title: String,
    pub starred: bool,
    pub created_on: NaiveDate,
    pub updated_on: NaiveDate,
    pub words: u32,
    pub checks_passed: u32,
    pub checks_total: u32,
    pub warnings: u32,
    pub roi: Vec<RoiFigure>,
    /// Its first sentence stating a figure.
    pub impact: Option<String>,
}

/// A starred entry: starring is the user's word that it may be shown.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Highlight {
    pub entry_id: i64,
    pub title: String,
    pub entry_date: NaiveDate,
    pub excerpt: String,
    pub impact: Option<String>,
}

/// An entry that is not starred, shown only when the user opts in to the `journal` section.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct PrivateEntry {
    pub entry_id: i64,
    pub title: String,
    pub entry_date: NaiveDate,
    pub excerpt: String,
}

/// One week of the load chart. Stress and energy stay empty unless check-ins are included.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct LoadWeek {
    pub week_start: NaiveDate,
    pub meeting_hours: Option<f64>,
    pub focus_hours: Option<f64>,
    pub stress: Option<f64>,
    pub energy: Option<f64>,
}

/// A warning signal that held in at least one week of the period.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct FiredSignal {
    pub id: String,
    pub title: String,
    pub rule: String,
    /// How many weeks it held, the first and the last.
    pub weeks: u32,
    pub first_week: NaiveDate,
    pub last_week: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct WorkloadPart {
    pub weeks: Vec<LoadWeek>,
    /// Weeks with meeting hours (from a calendar or a check-in).
    pub weeks_with_hours: u32,
    pub average_meeting_hours: Option<f64>,
    pub average_focus_hours: Option<f64>,
    /// The heaviest week's Monday and its hours.
    pub peak_week: Option<NaiveDate>,
    pub peak_meeting_hours: Option<f64>,
    /// Check-ins in the period (their number; their ratings are private).
    pub checkin_count: u32,
    pub average_stress: Option<f64>,
    pub average_energy: Option<f64>,
    pub signals: Vec<FiredSignal>,
    /// The load–stress relation; only with check-ins included.
    pub correlation: Option<Correlation>,
}

/// Something still open, said plainly.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct OpenItem {
    /// overdue, skipped, not_started, below_target, no_evidence.
    pub reason: String,
    pub title: String,
    pub detail: String,
}

/// One of the front page's strongest stories.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Story {
    pub source: SourceKind,
    pub id: i64,
    pub title: String,
    pub date: NaiveDate,
    /// Why it counts: the figure, the evidence, the business case.
    pub detail: String,
}

/// One week of the timeline heat map, so early months weigh as much as the last one.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct TimelineWeek {
    pub week_start: NaiveDate,
    pub entries: u32,
    pub checkins: u32,
    pub documents: u32,
    pub milestones_done: u32,
    /// 0 (nothing) to 4 (the period's busiest weeks).
    pub level: u8,
}

/// The kept review (a document) of the same period, and the parts its writer changed, which
/// the review shows and exports in place of the generated ones.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct KeptReview {
    pub document_id: i64,
    pub title: String,
    /// The writer's Markdown of the summary, when they changed it.
    pub summary: Option<String>,
    /// ... and of the talking points.
    pub talking_points: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Review {
    pub period: Period,
    /// "1 Dec 2025 – 30 Nov 2026".
    pub label: String,
    pub generated_on: NaiveDate,
    pub include: Include,
    /// Names of the sections held and left out, as exports state them.
    pub sections_included: Vec<String>,
    pub sections_excluded: Vec<String>,
    /// One sentence on what private sections it holds or leaves out.
    pub privacy: String,
    /// False when the period holds nothing at all: the screen then says how to fill it.
    pub has_data: bool,
    /// Three sentences.
    pub bottom_line: Vec<String>,
    /// The 3–5 strongest, strongest first.
    pub stories: Vec<Story>,
    pub plan: PlanPart,
    pub competencies: CompetencyPart,
    pub documents: Vec<ReviewDocument>,
    pub entry_count: u32,
    pub highlights: Vec<Highlight>,
    pub workload: WorkloadPart,
    pub open: Vec<OpenItem>,
    pub talking_points: Vec<String>,
    pub timeline: Vec<TimelineWeek>,
    /// Only with `journal` included; oldest first.
    pub journal: Vec<PrivateEntry>,
    /// Only with `checkins` included; oldest first.
    pub checkins: Vec<CheckIn>,
    /// The kept review of this period, if there is one.
    pub kept: Option<KeptReview>,
}
