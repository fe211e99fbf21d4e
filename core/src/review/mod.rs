//! The progress review: a period told with evidence, computed from the user's own data, private
//! by default. `period` says which days, `sections` what is shown and what stays private, the
//! `*_part` modules each read one side of the data (journal, plan, competencies, documents,
//! workload), `timeline` lays the period out by week, `narrative` words the bottom line, the
//! stories, the talking points and what is still open (by rule, with `impact` finding figures);
//! `markdown`, `html` (with the SVG of `charts`) and `export` write it out.

mod charts;
mod competency_part;
mod documents_part;
mod export;
pub mod html;
mod impact;
mod journal_part;
mod kept;
pub mod markdown;
pub mod narrative;
mod period;
mod plan_part;
mod regions;
mod sections;
mod timeline;
mod types;
mod workload_part;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;

pub use export::{review_file, write_review};
pub use impact::quantified_sentence;
pub use kept::BroughtUpToDate;
pub use period::{Period, PeriodPreset, MAX_DAYS};
pub use sections::{label, Include, SECTIONS};
pub use types::*;

use crate::error::Result;
use crate::roi::Currency;
use crate::store::Store;
use crate::workload::WorkRules;
use narrative::{day, Parts};
use timeline::Marks;

/// What the Review screen and `dev answer` send: the period's days as typed, and the opt-ins.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize, Type)]
#[serde(default)]
pub struct ReviewRequest {
    pub from: String,
    pub to: String,
    pub include: Include,
}

/// A review with its sections as HTML, for the screen.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct ReviewPage {
    pub review: Review,
    pub html: String,
}

impl Store {
    /// The review a request asks for; a bad period is refused with each day's problem.
    pub fn review_for(
        &self,
        request: &ReviewRequest,
        today: NaiveDate,
        rules: &WorkRules,
        currency: &Currency,
    ) -> Result<Review> {
        let period = Period::parse(&request.from, &request.to)?;
        let mut review = self.review(period, request.include, today, rules, currency)?;
        review.kept = self.kept_review_of(&period)?;
        Ok(review)
    }

    /// The review and its HTML.
    pub fn review_page(
        &self,
        request: &ReviewRequest,
        today: NaiveDate,
        rules: &WorkRules,
    ) -> Result<ReviewPage> {
        let review = self.review_for(request, today, rules, &Currency::default())?;
        Ok(ReviewPage {
            html: html::article(&review),
            review,
        })
    }

    /// The days of a preset as of `today`.
    pub fn review_preset(&self, preset: PeriodPreset, today: NaiveDate) -> Result<Period> {
        Period::preset(preset, today, &self.list_plans(today)?)
    }

    /// The review of `period` as of `today`; the private sections only as `include` allows.
    pub fn review(
        &self,
        period: Period,
        include: Include,
        today: NaiveDate,
        rules: &WorkRules,
        currency: &Currency,
    ) -> Result<Review> {
        let journal = journal_part::read(self.conn(), &period, include.journal)?;
        let docs = self.period_documents(&period, rules.tz, currency)?;
        let mut plans = Vec::new();
        for p in self.list_plans(today)? {
            if p.start <= period.to && p.end >= period.from {
                plans.push(self.plan(p.id, today)?);
            }
        }
        let plan = plan_part::plan_part(&plans, &period, &docs.changed_on);
        let tagged: Vec<(&ReviewDocument, &[String])> = docs
            .documents
            .iter()
            .map(|(d, t)| (d, t.as_slice()))
            .collect();
        let competencies = competency_part::competency_part(
            &self.competency_overview()?,
            &period,
            &journal.marks,
            &tagged,
        );
        let (workload, checkins) = self.period_workload(&period, rules, include.checkins, today)?;
        let documents: Vec<ReviewDocument> = docs.documents.into_iter().map(|(d, _)| d).collect();
        let entry_count = journal.marks.len() as u32;
        let parts = Parts {
            plan: &plan,
            competencies: &competencies,
            documents: &documents,
            highlights: &journal.highlights,
            workload: &workload,
            entry_count,
        };
        let has_data = entry_count > 0
            || !documents.is_empty()
            || plan.progress.total > 0
            || competencies.review_count > 0
            || workload.checkin_count > 0
            || workload.weeks_with_hours > 0;
        let checkin_days: Vec<NaiveDate> = self
            .checkins_between(period.from, period.to)?
            .iter()
            .map(|c| c.period_start)
            .collect();
        let timeline = timeline::timeline(
            &period,
            &Marks {
                entries: &journal.marks.iter().map(|m| m.date).collect::<Vec<_>>(),
                checkins: &checkin_days,
                documents: &documents.iter().map(|d| d.updated_on).collect::<Vec<_>>(),
                milestones_done: &plan
                    .done
                    .iter()
                    .filter_map(|m| m.done_on)
                    .collect::<Vec<_>>(),
            },
        );
        Ok(Review {
            label: format!("{} – {}", day(period.from), day(period.to)),
            period,
            generated_on: today,
            include,
            sections_included: include.included().iter().map(|s| s.to_string()).collect(),
            sections_excluded: include.excluded().iter().map(|s| s.to_string()).collect(),
            privacy: include.privacy(),
            has_data,
            bottom_line: narrative::bottom_line(&parts),
            stories: narrative::stories(&parts),
            open: narrative::open_items(&parts),
            talking_points: narrative::talking_points(&parts),
            timeline,
            entry_count,
            highlights: journal.highlights,
            journal: journal.private,
            checkins,
            kept: None,
            plan,
            competencies,
            documents,
            workload,
        })
    }
}
