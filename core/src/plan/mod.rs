//! The year plan: the Strategist Track's quarters and milestones, their evidence from the
//! journal, goals and retrospectives, and progress.

mod evidence;
pub(crate) mod load;
mod milestones;
mod plans;
pub mod progress;
pub mod quarter_dates;
mod quarters;
pub mod template;
mod types;
pub mod validate;

pub use plans::default_plan_title;
pub use quarters::RETROSPECTIVE_TAG;
pub use types::{
    DocumentEvidence, EvidenceLink, Milestone, MilestoneDraft, MilestoneRef, MilestoneStatus,
    NewPlan, Plan, PlanSummary, Progress, Quarter, Step,
};
