//! The home dashboard: what the app opens to. One read that gathers this quarter, what is
//! next and overdue, retrospectives due, the latest radar, journal recency and prompts.

use std::collections::HashSet;

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;
use specta::Type;

use crate::competency::RadarAxis;
use crate::documents::DocumentSummary;
use crate::error::Result;
use crate::plan::{Milestone, Plan, PlanSummary, Progress};
use crate::prompts::PromptSuggestion;
use crate::store::Store;
use crate::time::{part_of_day, PartOfDay};

/// How many open milestones "next up" lists.
pub const NEXT_UP: usize = 3;
/// How many of the latest documents the dashboard lists.
pub const RECENT_DOCUMENTS: u32 = 3;

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct QuarterGlance {
    pub plan_id: i64,
    pub number: u8,
    pub focus: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// "Sep–Nov 2026", as the plan writes it.
    pub months: String,
    pub goals: String,
    pub progress: Progress,
    pub milestones: Vec<Milestone>,
    /// Distinct entries and documents linked as evidence to the quarter's milestones.
    pub evidence_entries: u32,
    pub evidence_documents: u32,
}

/// The writing studio at a glance.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct DocumentsGlance {
    /// Documents outside the trash.
    pub count: u32,
    /// The most recently changed, newest first.
    pub recent: Vec<DocumentSummary>,
}

/// A quarter that has ended without a retrospective.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct RetrospectiveDue {
    pub plan_id: i64,
    pub quarter: u8,
    pub focus: String,
    pub ended_on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Dashboard {
    pub today: NaiveDate,
    /// For the greeting: the part of the day it is now on the user's clock.
    pub part_of_day: PartOfDay,
    pub plan: Option<PlanSummary>,
    pub quarter: Option<QuarterGlance>,
    /// Open milestones of the current plan that are not overdue, soonest target first.
    pub next_up: Vec<Milestone>,
    /// Open milestones of the current plan past their target date, oldest first.
    pub overdue: Vec<Milestone>,
    pub retrospectives_due: Vec<RetrospectiveDue>,
    pub radar: Vec<RadarAxis>,
    pub last_review_on: Option<NaiveDate>,
    pub previous_review_on: Option<NaiveDate>,
    pub last_entry_on: Option<NaiveDate>,
    /// Days from the last entry dated today or earlier to today.
    pub days_since_last_entry: Option<i64>,
    pub entry_count: i64,
    pub documents: DocumentsGlance,
    pub prompts: Vec<PromptSuggestion>,
}

/// How many distinct entries and documents show the milestones.
fn evidence_of(milestones: &[Milestone]) -> (u32, u32) {
    let entries: HashSet<i64> = milestones
        .iter()
        .flat_map(|m| m.evidence.iter().map(|e| e.entry_id))
        .collect();
    let documents: HashSet<i64> = milestones
        .iter()
        .flat_map(|m| m.documents.iter().map(|d| d.document_id))
        .collect();
    (entries.len() as u32, documents.len() as u32)
}

/// The milestone lists and due retrospectives of a plan, as of `today`.
pub fn plan_glance(plan: &Plan) -> (Vec<Milestone>, Vec<Milestone>, Vec<RetrospectiveDue>) {
    let open = plan
        .quarters
        .iter()
        .flat_map(|q| &q.milestones)
        .filter(|m| m.status.is_open());
    let (mut overdue, mut next): (Vec<Milestone>, Vec<Milestone>) =
        open.cloned().partition(|m| m.overdue);
    overdue.sort_by_key(|m| (m.target_date, m.quarter));
    // Undated milestones come after dated ones; the current quarter's before later ones.
    next.sort_by_key(|m| (m.target_date.is_none(), m.target_date, m.quarter));
    next.truncate(NEXT_UP);
    let due = plan
        .quarters
        .iter()
        .filter(|q| q.has_ended && q.retrospective_entry_id.is_none())
        .map(|q| RetrospectiveDue {
            plan_id: plan.id,
            quarter: q.number,
            focus: q.focus.clone(),
            ended_on: q.end,
        })
        .collect();
    (next, overdue, due)
}

impl Store {
    pub fn dashboard(&self, now: NaiveDateTime) -> Result<Dashboard> {
        let today = now.date();
        let plan = match self.current_plan_id(today)? {
            Some(id) => Some(self.plan(id, today)?),
            None => None,
        };
        let (next_up, overdue, retrospectives_due) =
            plan.as_ref().map(plan_glance).unwrap_or_default();
        let quarter = plan.as_ref().and_then(|p| {
            let q = &p.quarters[usize::from(p.current_quarter? - 1)];
            let (evidence_entries, evidence_documents) = evidence_of(&q.milestones);
            Some(QuarterGlance {
                plan_id: p.id,
                number: q.number,
                focus: q.focus.clone(),
                start: q.start,
                end: q.end,
                months: q.months.clone(),
                goals: q.goals.clone(),
                progress: q.progress,
                milestones: q.milestones.clone(),
                evidence_entries,
                evidence_documents,
            })
        });
        let competencies = self.competency_overview()?;
        let prompts =
            self.suggest_prompts_with(today, plan.as_ref(), &competencies.competencies)?;
        let summary = plan.map(|p| PlanSummary {
            id: p.id,
            title: p.title,
            year: p.year,
            start: p.start,
            end: p.end,
            months: p.months,
            archived: p.archived,
            current_quarter: p.current_quarter,
            progress: p.progress,
            // The current plan is the one the plan view opens first.
            opens_first: true,
        });
        let last_entry_on = self.last_entry_on(today)?;
        let (count, recent) = self.recent_documents(RECENT_DOCUMENTS)?;
        Ok(Dashboard {
            today,
            part_of_day: part_of_day(now.time()),
            plan: summary,
            quarter,
            next_up,
            overdue,
            retrospectives_due,
            radar: competencies.radar,
            last_review_on: competencies.last_review_on,
            previous_review_on: competencies.previous_review_on,
            days_since_last_entry: last_entry_on.map(|d| (today - d).num_days()),
            last_entry_on,
            entry_count: self.counts()?.entries,
            documents: DocumentsGlance { count, recent },
            prompts,
        })
    }

    /// The date of the latest entry on or before `today` (future-dated plans do not count).
    fn last_entry_on(&self, today: NaiveDate) -> Result<Option<NaiveDate>> {
        let raw: Option<String> = self.conn().query_row(
            "SELECT MAX(entry_date) FROM entries WHERE deleted_at IS NULL AND entry_date <= ?1",
            [today.format("%Y-%m-%d").to_string()],
            |r| r.get(0),
        )?;
        Ok(raw
            .as_deref()
            .map(crate::journal::columns::parse_date)
            .transpose()?)
    }
}
