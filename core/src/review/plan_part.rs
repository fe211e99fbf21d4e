//! The plan in the period: the milestones of every quarter that overlaps it and those done in
//! it, by status, each with its evidence (titles and dates only).

use std::collections::HashMap;

use chrono::NaiveDate;

use super::period::Period;
use super::types::{Evidence, PlanPart, ReviewMilestone, SourceKind};
use crate::plan::progress::tally;
use crate::plan::{Milestone, MilestoneStatus, Plan};

fn milestone(plan: &Plan, m: &Milestone, doc_dates: &HashMap<i64, NaiveDate>) -> ReviewMilestone {
    let mut evidence: Vec<Evidence> = m
        .evidence
        .iter()
        .map(|e| Evidence {
            kind: SourceKind::Entry,
            id: e.entry_id,
            title: e.title.clone(),
            date: e.entry_date,
        })
        .chain(m.documents.iter().filter_map(|d| {
            Some(Evidence {
                kind: SourceKind::Document,
                id: d.document_id,
                title: d.title.clone(),
                date: *doc_dates.get(&d.document_id)?,
            })
        }))
        .collect();
    evidence.sort_by_key(|e| (e.date, e.id));
    ReviewMilestone {
        id: m.id,
        plan_title: plan.title.clone(),
        quarter: m.quarter,
        title: m.title.clone(),
        status: m.status,
        status_note: m.status_note.clone(),
        target_date: m.target_date,
        done_on: m.done_on,
        overdue: m.overdue,
        evidence,
    }
}

/// `plans` are those the period touches; `doc_dates` the day each live document last changed.
pub(super) fn plan_part(
    plans: &[Plan],
    period: &Period,
    doc_dates: &HashMap<i64, NaiveDate>,
) -> PlanPart {
    let mut in_scope: Vec<ReviewMilestone> = Vec::new();
    for plan in plans {
        for q in &plan.quarters {
            let overlaps = q.start <= period.to && q.end >= period.from;
            for m in &q.milestones {
                if overlaps || m.done_on.is_some_and(|d| period.contains(d)) {
                    in_scope.push(milestone(plan, m, doc_dates));
                }
            }
        }
    }
    let progress = tally(in_scope.iter().map(|m| (m.status, m.overdue)));
    let of = |status: MilestoneStatus| -> Vec<ReviewMilestone> {
        in_scope
            .iter()
            .filter(|m| m.status == status)
            .cloned()
            .collect()
    };
    let mut done = of(MilestoneStatus::Done);
    done.sort_by_key(|m| (m.done_on, m.id));
    PlanPart {
        plans: plans.iter().map(|p| p.title.clone()).collect(),
        progress,
        done,
        in_progress: of(MilestoneStatus::InProgress),
        skipped: of(MilestoneStatus::Skipped),
        not_started: of(MilestoneStatus::NotStarted),
    }
}
