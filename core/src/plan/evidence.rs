//! Links between milestones and the journal entries that show them, readable from both sides.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use super::progress::is_overdue;
use super::types::{MilestoneRef, MilestoneStatus, Plan};
use crate::error::{Error, Result};
use crate::journal::columns::parse_date;
use crate::store::Store;

const REF_QUERY: &str =
    "SELECT m.id, m.plan_id, p.title, m.quarter, q.focus, m.title, m.status, m.target_date
     FROM milestones m
     JOIN plans p ON p.id = m.plan_id
     JOIN plan_quarters q ON q.plan_id = m.plan_id AND q.quarter = m.quarter
     WHERE m.deleted_at IS NULL";

fn refs(
    conn: &Connection,
    filter: &str,
    arg: Option<i64>,
    today: NaiveDate,
) -> Result<Vec<MilestoneRef>> {
    let sql = format!("{REF_QUERY} {filter} ORDER BY p.year DESC, m.quarter, m.position, m.id");
    let mut stmt = conn.prepare_cached(&sql)?;
    let map = |r: &rusqlite::Row<'_>| {
        let status = MilestoneStatus::parse(&r.get::<_, String>(6)?).unwrap_or_default();
        let target = r
            .get::<_, Option<String>>(7)?
            .as_deref()
            .map(parse_date)
            .transpose()?;
        Ok(MilestoneRef {
            id: r.get(0)?,
            plan_id: r.get(1)?,
            plan_title: r.get(2)?,
            quarter: r.get(3)?,
            quarter_focus: r.get(4)?,
            title: r.get(5)?,
            status,
            target_date: target,
            overdue: is_overdue(status, target, today),
        })
    };
    let rows = match arg {
        Some(a) => stmt
            .query_map([a], map)?
            .collect::<rusqlite::Result<Vec<_>>>()?,
        None => stmt
            .query_map([], map)?
            .collect::<rusqlite::Result<Vec<_>>>()?,
    };
    Ok(rows)
}

fn live_entry(conn: &Connection, entry_id: i64) -> Result<()> {
    let live: Option<bool> = conn
        .query_row(
            "SELECT deleted_at IS NULL FROM entries WHERE id = ?1",
            [entry_id],
            |r| r.get(0),
        )
        .optional()?;
    match live {
        Some(true) => Ok(()),
        Some(false) => Err(Error::invalid(
            "That entry is in the trash. Restore it first, then link it as evidence.",
        )),
        None => Err(Error::not_found(format!(
            "There is no entry with id {entry_id}."
        ))),
    }
}

fn milestone_plan(conn: &Connection, milestone_id: i64) -> Result<i64> {
    conn.query_row(
        "SELECT plan_id FROM milestones WHERE id = ?1 AND deleted_at IS NULL",
        [milestone_id],
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| Error::not_found(format!("There is no milestone with id {milestone_id}.")))
}

impl Store {
    /// Links an entry to a milestone as evidence. Linking twice is harmless.
    pub fn link_evidence(
        &mut self,
        milestone_id: i64,
        entry_id: i64,
        today: NaiveDate,
    ) -> Result<Plan> {
        let plan_id = milestone_plan(self.conn(), milestone_id)?;
        live_entry(self.conn(), entry_id)?;
        self.conn().execute(
            "INSERT OR IGNORE INTO milestone_evidence (milestone_id, entry_id, linked_at) VALUES (?1, ?2, ?3)",
            params![milestone_id, entry_id, self.now_text()],
        )?;
        self.plan(plan_id, today)
    }

    pub fn unlink_evidence(
        &mut self,
        milestone_id: i64,
        entry_id: i64,
        today: NaiveDate,
    ) -> Result<Plan> {
        let plan_id = milestone_plan(self.conn(), milestone_id)?;
        self.conn().execute(
            "DELETE FROM milestone_evidence WHERE milestone_id = ?1 AND entry_id = ?2",
            params![milestone_id, entry_id],
        )?;
        self.plan(plan_id, today)
    }

    /// The milestones an entry supports (the entry editor's side of the link).
    pub fn milestones_for_entry(
        &self,
        entry_id: i64,
        today: NaiveDate,
    ) -> Result<Vec<MilestoneRef>> {
        refs(
            self.conn(),
            "AND m.id IN (SELECT milestone_id FROM milestone_evidence WHERE entry_id = ?1)",
            Some(entry_id),
            today,
        )
    }

    /// Milestones an entry can be linked to: those of plans that are not archived.
    pub fn milestone_choices(&self, today: NaiveDate) -> Result<Vec<MilestoneRef>> {
        refs(self.conn(), "AND p.archived_at IS NULL", None, today)
    }
}
