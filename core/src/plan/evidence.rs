//! Links between milestones and what shows them, journal entries and documents, readable from
//! both sides.

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

/// What can be evidence: its link table, its id column, its own table and its name.
#[derive(Clone, Copy)]
enum Evidence {
    Entry,
    Document,
}

impl Evidence {
    fn table(self) -> &'static str {
        match self {
            Evidence::Entry => "milestone_evidence",
            Evidence::Document => "milestone_documents",
        }
    }

    fn column(self) -> &'static str {
        match self {
            Evidence::Entry => "entry_id",
            Evidence::Document => "document_id",
        }
    }

    fn source(self) -> &'static str {
        match self {
            Evidence::Entry => "entries",
            Evidence::Document => "documents",
        }
    }

    fn noun(self) -> &'static str {
        match self {
            Evidence::Entry => "entry",
            Evidence::Document => "document",
        }
    }
}

fn live(conn: &Connection, what: Evidence, id: i64) -> Result<()> {
    let live: Option<bool> = conn
        .query_row(
            &format!(
                "SELECT deleted_at IS NULL FROM {} WHERE id = ?1",
                what.source()
            ),
            [id],
            |r| r.get(0),
        )
        .optional()?;
    match live {
        Some(true) => Ok(()),
        Some(false) => Err(Error::invalid(format!(
            "That {} is in the trash. Restore it first, then link it as evidence.",
            what.noun()
        ))),
        None => Err(Error::not_found(format!(
            "There is no {} with id {id}.",
            what.noun()
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
        self.link(Evidence::Entry, milestone_id, entry_id, today)
    }

    pub fn unlink_evidence(
        &mut self,
        milestone_id: i64,
        entry_id: i64,
        today: NaiveDate,
    ) -> Result<Plan> {
        self.unlink(Evidence::Entry, milestone_id, entry_id, today)
    }

    /// Links a document (a brief, a writeup) to a milestone as evidence.
    pub fn link_document(
        &mut self,
        milestone_id: i64,
        document_id: i64,
        today: NaiveDate,
    ) -> Result<Plan> {
        self.link(Evidence::Document, milestone_id, document_id, today)
    }

    pub fn unlink_document(
        &mut self,
        milestone_id: i64,
        document_id: i64,
        today: NaiveDate,
    ) -> Result<Plan> {
        self.unlink(Evidence::Document, milestone_id, document_id, today)
    }

    fn link(
        &mut self,
        what: Evidence,
        milestone_id: i64,
        id: i64,
        today: NaiveDate,
    ) -> Result<Plan> {
        let plan_id = milestone_plan(self.conn(), milestone_id)?;
        live(self.conn(), what, id)?;
        self.conn().execute(
            &format!(
                "INSERT OR IGNORE INTO {} (milestone_id, {}, linked_at) VALUES (?1, ?2, ?3)",
                what.table(),
                what.column()
            ),
            params![milestone_id, id, self.now_text()],
        )?;
        self.plan(plan_id, today)
    }

    fn unlink(
        &mut self,
        what: Evidence,
        milestone_id: i64,
        id: i64,
        today: NaiveDate,
    ) -> Result<Plan> {
        let plan_id = milestone_plan(self.conn(), milestone_id)?;
        self.conn().execute(
            &format!(
                "DELETE FROM {} WHERE milestone_id = ?1 AND {} = ?2",
                what.table(),
                what.column()
            ),
            params![milestone_id, id],
        )?;
        self.plan(plan_id, today)
    }

    /// The milestones an entry supports (the entry editor's side of the link).
    pub fn milestones_for_entry(
        &self,
        entry_id: i64,
        today: NaiveDate,
    ) -> Result<Vec<MilestoneRef>> {
        self.milestones_for(Evidence::Entry, entry_id, today)
    }

    /// The milestones a document supports (the document editor's side).
    pub fn milestones_for_document(
        &self,
        document_id: i64,
        today: NaiveDate,
    ) -> Result<Vec<MilestoneRef>> {
        self.milestones_for(Evidence::Document, document_id, today)
    }

    fn milestones_for(
        &self,
        what: Evidence,
        id: i64,
        today: NaiveDate,
    ) -> Result<Vec<MilestoneRef>> {
        refs(
            self.conn(),
            &format!(
                "AND m.id IN (SELECT milestone_id FROM {} WHERE {} = ?1)",
                what.table(),
                what.column()
            ),
            Some(id),
            today,
        )
    }

    /// Milestones an entry can be linked to: those of plans that are not archived.
    pub fn milestone_choices(&self, today: NaiveDate) -> Result<Vec<MilestoneRef>> {
        refs(self.conn(), "AND p.archived_at IS NULL", None, today)
    }
}
