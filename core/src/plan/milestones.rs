//! Adding, editing, reordering and removing milestones. Each call returns the whole plan, so
//! the view redraws from one consistent read.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Transaction};

use super::load;
use super::types::{MilestoneDraft, MilestoneStatus, Plan, Step};
use super::validate::{self, LAST_QUARTER, MAX_MILESTONES_PER_QUARTER, MAX_NOTE_CHARS};
use crate::error::{Error, Result};
use crate::store::Store;

/// The SQL that keeps `done_on` with a status change: the day it became done (kept while it
/// stays done), none once reopened. `status` and `today` name the statement's parameters.
fn done_on(status: &str, today: &str) -> String {
    format!("done_on = CASE WHEN {status} = 'done' THEN coalesce(done_on, {today}) ELSE NULL END")
}

/// (plan id, quarter) of a milestone that is not removed.
fn locate(tx: &Transaction<'_>, id: i64, removed: bool) -> Result<(i64, u8)> {
    tx.query_row(
        "SELECT plan_id, quarter FROM milestones WHERE id = ?1 AND (deleted_at IS NOT NULL) = ?2",
        params![id, removed],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()?
    .ok_or_else(|| Error::not_found(format!("There is no milestone with id {id}.")))
}

fn live_ids(tx: &Transaction<'_>, plan_id: i64, quarter: u8) -> Result<Vec<i64>> {
    let mut stmt = tx.prepare_cached(
        "SELECT id FROM milestones WHERE plan_id = ?1 AND quarter = ?2 AND deleted_at IS NULL
         ORDER BY position, id",
    )?;
    let ids = stmt.query_map(params![plan_id, quarter], |r| r.get(0))?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}

/// Writes positions 0..n in the given order.
fn renumber(tx: &Transaction<'_>, ids: &[i64]) -> Result<()> {
    let mut stmt = tx.prepare_cached("UPDATE milestones SET position = ?2 WHERE id = ?1")?;
    for (pos, id) in ids.iter().enumerate() {
        stmt.execute(params![id, pos as i64])?;
    }
    Ok(())
}

/// Puts milestone `id`, now in quarter `from.1` of plan `from.0`, at `position` (clamped) of
/// `quarter`, renumbering what it leaves and what it joins.
fn place(
    tx: &Transaction<'_>,
    id: i64,
    (plan_id, from): (i64, u8),
    quarter: u8,
    position: usize,
    now: &str,
) -> Result<()> {
    let mut ids = live_ids(tx, plan_id, quarter)?;
    ids.retain(|&m| m != id);
    if from != quarter {
        check_room(ids.len(), quarter)?;
        let mut rest = live_ids(tx, plan_id, from)?;
        rest.retain(|&m| m != id);
        renumber(tx, &rest)?;
        tx.execute(
            "UPDATE milestones SET quarter = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, quarter, now],
        )?;
    }
    ids.insert(position.min(ids.len()), id);
    renumber(tx, &ids)
}

fn check_room(count: usize, quarter: u8) -> Result<()> {
    if count >= MAX_MILESTONES_PER_QUARTER {
        return Err(Error::invalid(format!(
            "Quarter {quarter} already has {count} milestones, the most a quarter can hold. \
             Remove or merge some first."
        )));
    }
    Ok(())
}

impl Store {
    /// Adds a milestone at the end of a quarter, not started and without a date.
    pub fn add_milestone(
        &mut self,
        plan_id: i64,
        quarter: u8,
        title: &str,
        today: NaiveDate,
    ) -> Result<Plan> {
        let quarter = validate::quarter(quarter)?;
        let title = validate::name(title, "milestone title")?;
        load::plan_row(self.conn(), plan_id)?;
        let now = self.now_text();
        let tx = self.conn_mut().transaction()?;
        let count = live_ids(&tx, plan_id, quarter)?.len();
        check_room(count, quarter)?;
        tx.execute(
            "INSERT INTO milestones (plan_id, quarter, position, title, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![plan_id, quarter, count as i64, title, now],
        )?;
        tx.commit()?;
        self.plan(plan_id, today)
    }

    /// Saves a milestone's title, target date, status and note.
    pub fn update_milestone(
        &mut self,
        id: i64,
        draft: &MilestoneDraft,
        today: NaiveDate,
    ) -> Result<Plan> {
        let title = validate::name(&draft.title, "milestone title")?;
        let note = validate::note(&draft.status_note, "status note", MAX_NOTE_CHARS)?;
        let now = self.now_text();
        let tx = self.conn_mut().transaction()?;
        let (plan_id, _) = locate(&tx, id, false)?;
        let start = load::plan_row(&tx, plan_id)?.start;
        let target = validate::target_date(&draft.target_date, start)?;
        tx.execute(
            &format!(
                "UPDATE milestones SET title = ?2, target_date = ?3, status = ?4, status_note = ?5, updated_at = ?6,
                 {} WHERE id = ?1",
                done_on("?4", "?7")
            ),
            params![
                id,
                title,
                target.map(|d| d.format("%Y-%m-%d").to_string()),
                draft.status.as_str(),
                note,
                now,
                today.format("%Y-%m-%d").to_string()
            ],
        )?;
        tx.commit()?;
        self.plan(plan_id, today)
    }

    /// Changes only the status (the quick toggle in lists); the note is kept.
    pub fn set_milestone_status(
        &mut self,
        id: i64,
        status: MilestoneStatus,
        today: NaiveDate,
    ) -> Result<Plan> {
        let now = self.now_text();
        let tx = self.conn_mut().transaction()?;
        let (plan_id, _) = locate(&tx, id, false)?;
        tx.execute(
            &format!(
                "UPDATE milestones SET status = ?2, updated_at = ?3, {} WHERE id = ?1",
                done_on("?2", "?4")
            ),
            params![
                id,
                status.as_str(),
                now,
                today.format("%Y-%m-%d").to_string()
            ],
        )?;
        tx.commit()?;
        self.plan(plan_id, today)
    }

    /// Moves a milestone to `position` (0-based, clamped) within `quarter`, which may be another
    /// quarter of the same plan. A moved target date stays as set: it is still inside the plan.
    pub fn move_milestone(
        &mut self,
        id: i64,
        quarter: u8,
        position: u32,
        today: NaiveDate,
    ) -> Result<Plan> {
        let quarter = validate::quarter(quarter)?;
        let now = self.now_text();
        let tx = self.conn_mut().transaction()?;
        let (plan_id, from) = locate(&tx, id, false)?;
        place(&tx, id, (plan_id, from), quarter, position as usize, &now)?;
        tx.commit()?;
        self.plan(plan_id, today)
    }

    /// One place up or down the plan's order. At the edge of a quarter the milestone crosses
    /// into the neighbouring one: to the end of the quarter before, the start of the one after.
    pub fn step_milestone(&mut self, id: i64, step: Step, today: NaiveDate) -> Result<Plan> {
        let now = self.now_text();
        let tx = self.conn_mut().transaction()?;
        let (plan_id, quarter) = locate(&tx, id, false)?;
        let ids = live_ids(&tx, plan_id, quarter)?;
        let index = ids.iter().position(|&m| m == id).unwrap_or_default();
        let (to, position) = match step {
            Step::Up if index > 0 => (quarter, index - 1),
            Step::Down if index + 1 < ids.len() => (quarter, index + 1),
            Step::Up if quarter > 1 => (quarter - 1, live_ids(&tx, plan_id, quarter - 1)?.len()),
            Step::Down if quarter < LAST_QUARTER => (quarter + 1, 0),
            Step::Up => {
                return Err(Error::invalid(
                    "This is the plan's first milestone; nothing comes before it.",
                ))
            }
            Step::Down => {
                return Err(Error::invalid(
                    "This is the plan's last milestone; nothing comes after it.",
                ))
            }
        };
        place(&tx, id, (plan_id, quarter), to, position, &now)?;
        tx.commit()?;
        self.plan(plan_id, today)
    }

    /// Removes a milestone; it keeps its evidence links and can be restored.
    pub fn remove_milestone(&mut self, id: i64, today: NaiveDate) -> Result<Plan> {
        let now = self.now_text();
        let tx = self.conn_mut().transaction()?;
        let (plan_id, quarter) = locate(&tx, id, false)?;
        tx.execute(
            "UPDATE milestones SET deleted_at = ?2 WHERE id = ?1",
            params![id, now],
        )?;
        renumber(&tx, &live_ids(&tx, plan_id, quarter)?)?;
        tx.commit()?;
        self.plan(plan_id, today)
    }

    /// Brings a removed milestone back at the end of its quarter.
    pub fn restore_milestone(&mut self, id: i64, today: NaiveDate) -> Result<Plan> {
        let tx = self.conn_mut().transaction()?;
        let (plan_id, quarter) = locate(&tx, id, true)?;
        let count = live_ids(&tx, plan_id, quarter)?.len();
        check_room(count, quarter)?;
        tx.execute(
            "UPDATE milestones SET deleted_at = NULL, position = ?2 WHERE id = ?1",
            params![id, count as i64],
        )?;
        tx.commit()?;
        self.plan(plan_id, today)
    }
}
