//! A quarter's focus and goals, and its retrospective entry.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};

use super::load;
use super::quarter_dates::{month_span, quarter_range};
use super::types::{MilestoneStatus, Plan, Quarter};
use super::validate::{self, MAX_GOALS_BYTES};
use crate::error::{Error, Result};
use crate::journal::{Entry, EntryDraft, EntryKind};
use crate::store::Store;

/// The tag every retrospective carries, so they are easy to find together.
pub const RETROSPECTIVE_TAG: &str = "retrospective";

fn goals_text(raw: &str) -> Result<String> {
    if raw.len() > MAX_GOALS_BYTES {
        return Err(Error::invalid(format!(
            "The goals are {} KiB; the limit is {} KiB. Keep goals short and put detail in a journal entry.",
            raw.len() / 1024,
            MAX_GOALS_BYTES / 1024
        )));
    }
    validate::note(raw, "quarter goals", MAX_GOALS_BYTES)
}

/// The retrospective's starting text: the goals set, and what happened to each milestone.
fn retrospective_body(q: &Quarter) -> String {
    let mut body = String::from("## Goals I set\n\n");
    if q.goals.trim().is_empty() {
        body.push_str("_No goals were written for this quarter._\n");
    } else {
        for line in q.goals.lines() {
            body.push_str(&format!("> {line}\n"));
        }
    }
    body.push_str("\n## Milestones\n\n");
    for m in &q.milestones {
        let mark = match m.status {
            MilestoneStatus::Done => "[x]",
            _ => "[ ]",
        };
        let status = m.status.as_str().replace('_', " ");
        let note = if m.status_note.is_empty() {
            String::new()
        } else {
            format!(" — {}", m.status_note)
        };
        body.push_str(&format!("- {mark} {} ({status}){note}\n", m.title));
    }
    body.push_str(
        "\n## What went well\n\n\n## What was hard\n\n\n## What I learned about the business\n\n\n## What I will do differently next quarter\n\n",
    );
    body
}

impl Store {
    /// Saves a quarter's focus (its theme) and goals.
    pub fn update_quarter(
        &mut self,
        plan_id: i64,
        quarter: u8,
        focus: &str,
        goals: &str,
        today: NaiveDate,
    ) -> Result<Plan> {
        let quarter = validate::quarter(quarter)?;
        let focus = validate::name(focus, "quarter focus")?;
        let goals = goals_text(goals)?;
        load::plan_row(self.conn(), plan_id)?;
        self.conn().execute(
            "UPDATE plan_quarters SET focus = ?3, goals = ?4 WHERE plan_id = ?1 AND quarter = ?2",
            params![plan_id, quarter, focus, goals],
        )?;
        self.plan(plan_id, today)
    }

    /// Opens the quarter's retrospective, writing it first if there is none: a journal entry of
    /// kind "quarter retrospective", pre-filled from the goals and milestones, linked to the
    /// quarter. A retrospective in the trash counts as none (a new one is started).
    pub fn start_retrospective(
        &mut self,
        plan_id: i64,
        quarter: u8,
        today: NaiveDate,
    ) -> Result<Entry> {
        let quarter = validate::quarter(quarter)?;
        let plan = self.plan(plan_id, today)?;
        let q = &plan.quarters[usize::from(quarter - 1)];
        if let Some(id) = q.retrospective_entry_id {
            return self.entry(id);
        }
        let (first, last) = quarter_range(plan.start, quarter);
        // Dated the quarter's last day when writing it later; today while the quarter runs.
        let date = today.min(last);
        let draft = EntryDraft {
            title: format!(
                "Q{quarter} retrospective: {} ({})",
                q.focus,
                month_span(first, last)
            ),
            body: retrospective_body(q),
            kind: Some(EntryKind::QuarterRetrospective),
            entry_date: Some(date.format("%Y-%m-%d").to_string()),
            tags: vec![RETROSPECTIVE_TAG.to_string()],
        };
        let valid = crate::journal::validate::draft(&draft, today)?;
        let now = self.now_text();
        let tx = self.conn_mut().transaction()?;
        let entry_id = crate::journal::insert_in_tx(&tx, &valid, false, &now)?;
        let updated = tx.execute(
            "UPDATE plan_quarters SET retrospective_entry_id = ?3 WHERE plan_id = ?1 AND quarter = ?2",
            params![plan_id, quarter, entry_id],
        )?;
        debug_assert_eq!(updated, 1);
        tx.commit()?;
        self.entry(entry_id)
    }

    /// The plan quarter whose retrospective this entry is, if any: (plan id, quarter).
    pub fn retrospective_of(&self, entry_id: i64) -> Result<Option<(i64, u8)>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT plan_id, quarter FROM plan_quarters WHERE retrospective_entry_id = ?1",
                [entry_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }
}
