//! Creating, listing, renaming and archiving plans. Every write is one transaction.

use chrono::{Datelike, NaiveDate};
use rusqlite::{params, OptionalExtension};

use super::load;
use super::quarter_dates::{plan_end, quarter_range};
use super::template::STRATEGIST_TRACK;
use super::types::{NewPlan, Plan, PlanSummary};
use super::validate;
use crate::error::{Error, Result};
use crate::store::Store;

/// The title a plan starting in `start_month` (`YYYY-MM`) gets when it is left untitled, or
/// why that month cannot start a plan.
pub fn default_plan_title(start_month: &str, today: NaiveDate) -> Result<String> {
    validate::start_month(start_month, today).map(default_title)
}

fn default_title(start: NaiveDate) -> String {
    let end = plan_end(start);
    if end.year() == start.year() {
        format!("Strategist Track {}", start.year())
    } else {
        format!("Strategist Track {}–{:02}", start.year(), end.year() % 100)
    }
}

impl Store {
    /// Creates a plan pre-filled with the Strategist Track; each seeded milestone's target is
    /// the last day of its quarter. One plan per starting year.
    pub fn create_plan(&mut self, new: &NewPlan, today: NaiveDate) -> Result<Plan> {
        let start = validate::start_month(&new.start_month, today)?;
        let title = match new.title.as_deref().map(str::trim) {
            None | Some("") => default_title(start),
            Some(t) => validate::name(t, "plan title")?,
        };
        let existing: Option<(String, String)> = self
            .conn()
            .query_row(
                "SELECT title, start_date FROM plans WHERE year = ?1",
                [start.year()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        if let Some((t, s)) = existing {
            return Err(Error::invalid(format!(
                "There is already a plan for {}: \"{t}\" (from {s}). Open it from the plan list, \
                 or start the new plan in another year.",
                start.year()
            )));
        }
        let now = self.now_text();
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            "INSERT INTO plans (uuid, title, year, start_date, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![
                uuid::Uuid::new_v4().to_string(),
                title,
                start.year(),
                start.format("%Y-%m-%d").to_string(),
                now
            ],
        )?;
        let plan_id = tx.last_insert_rowid();
        for (i, q) in STRATEGIST_TRACK.iter().enumerate() {
            let number = i as u8 + 1;
            tx.execute(
                "INSERT INTO plan_quarters (plan_id, quarter, focus) VALUES (?1, ?2, ?3)",
                params![plan_id, number, q.focus],
            )?;
            let target = quarter_range(start, number)
                .1
                .format("%Y-%m-%d")
                .to_string();
            for (pos, m) in q.milestones.iter().enumerate() {
                tx.execute(
                    "INSERT INTO milestones (plan_id, quarter, position, title, target_date, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                    params![plan_id, number, pos as i64, m, target, now],
                )?;
            }
        }
        tx.commit()?;
        self.plan(plan_id, today)
    }

    pub fn plan(&self, id: i64, today: NaiveDate) -> Result<Plan> {
        load::plan(self.conn(), id, today)
    }

    /// Every plan, newest year first, archived ones included (they stay readable); the one
    /// the plan view opens first is marked.
    pub fn list_plans(&self, today: NaiveDate) -> Result<Vec<PlanSummary>> {
        let first = self.plan_to_open(today)?;
        load::plan_rows(self.conn())?
            .into_iter()
            .map(|row| {
                let opens_first = Some(row.id) == first;
                load::summary(self.conn(), row, today, opens_first)
            })
            .collect()
    }

    /// The start month (`YYYY-MM`) the new-plan form suggests: this month, in the first year
    /// from this one that has no plan yet (there is one plan per year).
    pub fn suggested_plan_start(&self, today: NaiveDate) -> Result<String> {
        let rows = load::plan_rows(self.conn())?;
        let taken = |y: &i32| rows.iter().any(|r| r.year == *y);
        let year = (today.year()..).find(|y| !taken(y)).unwrap_or(today.year());
        Ok(format!("{year}-{:02}", today.month()))
    }

    /// The plan the plan view opens first: the current plan (below), else the one starting
    /// last, archived or not, so a plan made ahead for next year is found.
    pub fn plan_to_open(&self, today: NaiveDate) -> Result<Option<i64>> {
        let current = self.current_plan_id(today)?;
        let newest = || -> Result<Option<i64>> {
            let rows = load::plan_rows(self.conn())?;
            Ok(rows.iter().max_by_key(|r| r.start).map(|r| r.id))
        };
        current.map_or_else(newest, |id| Ok(Some(id)))
    }

    /// The plan the dashboard and prompts follow: the unarchived plan that contains `today`,
    /// or else the most recent unarchived one.
    pub fn current_plan_id(&self, today: NaiveDate) -> Result<Option<i64>> {
        let rows = load::plan_rows(self.conn())?;
        let live = rows.iter().filter(|r| !r.archived);
        let containing = live
            .clone()
            .find(|r| r.start <= today && today <= plan_end(r.start));
        Ok(containing
            .or_else(|| live.filter(|r| r.start <= today).max_by_key(|r| r.start))
            .map(|r| r.id))
    }

    pub fn rename_plan(&mut self, id: i64, title: &str, today: NaiveDate) -> Result<Plan> {
        let title = validate::name(title, "plan title")?;
        load::plan_row(self.conn(), id)?;
        self.conn().execute(
            "UPDATE plans SET title = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, title, self.now_text()],
        )?;
        self.plan(id, today)
    }

    /// Archiving hides a plan from the dashboard and prompts; it stays readable and editable.
    pub fn set_plan_archived(&mut self, id: i64, archived: bool, today: NaiveDate) -> Result<Plan> {
        load::plan_row(self.conn(), id)?;
        let now = self.now_text();
        self.conn().execute(
            "UPDATE plans SET archived_at = CASE WHEN ?2 THEN COALESCE(archived_at, ?3) END,
                              updated_at = ?3 WHERE id = ?1",
            params![id, archived, now],
        )?;
        self.plan(id, today)
    }
}
