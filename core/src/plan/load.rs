//! Reading a plan and everything inside it into the view types, with progress worked out.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use super::progress::{is_overdue, sum, tally};
use super::quarter_dates::{month_span, plan_end, quarter_of, quarter_range};
use super::types::{
    DocumentEvidence, EvidenceLink, Milestone, MilestoneStatus, Plan, PlanSummary, Quarter,
};
use super::validate::LAST_QUARTER;
use crate::documents::DocumentKind;
use crate::error::{Error, Result};
use crate::journal::columns::{parse_date, parse_kind};

pub(crate) struct PlanRow {
    pub id: i64,
    pub title: String,
    pub year: i32,
    pub start: NaiveDate,
    pub archived: bool,
}

const PLAN_COLUMNS: &str = "id, title, year, start_date, archived_at IS NOT NULL";

fn plan_row_from(r: &rusqlite::Row<'_>) -> rusqlite::Result<PlanRow> {
    Ok(PlanRow {
        id: r.get(0)?,
        title: r.get(1)?,
        year: r.get(2)?,
        start: parse_date(&r.get::<_, String>(3)?)?,
        archived: r.get(4)?,
    })
}

pub(crate) fn plan_row(conn: &Connection, id: i64) -> Result<PlanRow> {
    conn.query_row(
        &format!("SELECT {PLAN_COLUMNS} FROM plans WHERE id = ?1"),
        [id],
        plan_row_from,
    )
    .optional()?
    .ok_or_else(|| Error::not_found(format!("There is no plan with id {id}.")))
}

pub(crate) fn plan_rows(conn: &Connection) -> Result<Vec<PlanRow>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {PLAN_COLUMNS} FROM plans ORDER BY year DESC"
    ))?;
    let rows = stmt.query_map([], plan_row_from)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn milestones(conn: &Connection, plan_id: i64, today: NaiveDate) -> Result<Vec<Milestone>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, quarter, title, target_date, status, status_note, done_on FROM milestones
         WHERE plan_id = ?1 AND deleted_at IS NULL ORDER BY quarter, position, id",
    )?;
    let rows = stmt.query_map([plan_id], |r| {
        let target = r
            .get::<_, Option<String>>(3)?
            .as_deref()
            .map(parse_date)
            .transpose()?;
        let status = MilestoneStatus::parse(&r.get::<_, String>(4)?).unwrap_or_default();
        Ok(Milestone {
            id: r.get(0)?,
            plan_id,
            quarter: r.get(1)?,
            title: r.get(2)?,
            target_date: target,
            status,
            status_note: r.get(5)?,
            done_on: r
                .get::<_, Option<String>>(6)?
                .as_deref()
                .map(parse_date)
                .transpose()?,
            overdue: is_overdue(status, target, today),
            can_move_up: true,
            can_move_down: true,
            evidence: Vec::new(),
            documents: Vec::new(),
        })
    })?;
    let mut list: Vec<Milestone> = rows.collect::<rusqlite::Result<_>>()?;
    // In plan order: only the first of quarter 1 and the last of the last quarter are stuck.
    if let Some(first) = list.first_mut().filter(|m| m.quarter == 1) {
        first.can_move_up = false;
    }
    if let Some(last) = list.last_mut().filter(|m| m.quarter == LAST_QUARTER) {
        last.can_move_down = false;
    }
    let mut ev = conn.prepare_cached(
        "SELECT me.milestone_id, e.id, e.title, e.kind, e.entry_date
         FROM milestone_evidence me
         JOIN milestones m ON m.id = me.milestone_id
         JOIN entries e ON e.id = me.entry_id AND e.deleted_at IS NULL
         WHERE m.plan_id = ?1 ORDER BY e.entry_date, e.id",
    )?;
    let links = ev.query_map([plan_id], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            EvidenceLink {
                entry_id: r.get(1)?,
                title: r.get(2)?,
                kind: parse_kind(&r.get::<_, String>(3)?),
                entry_date: parse_date(&r.get::<_, String>(4)?)?,
            },
        ))
    })?;
    for link in links {
        let (mid, link) = link?;
        if let Some(m) = list.iter_mut().find(|m| m.id == mid) {
            m.evidence.push(link);
        }
    }
    let mut docs = conn.prepare_cached(
        "SELECT md.milestone_id, d.id, d.title, d.kind
         FROM milestone_documents md
         JOIN milestones m ON m.id = md.milestone_id
         JOIN documents d ON d.id = md.document_id AND d.deleted_at IS NULL
         WHERE m.plan_id = ?1 ORDER BY d.updated_at, d.id",
    )?;
    let links = docs.query_map([plan_id], |r| {
        let kind = DocumentKind::parse(&r.get::<_, String>(3)?).unwrap_or(DocumentKind::Note);
        Ok((
            r.get::<_, i64>(0)?,
            DocumentEvidence {
                document_id: r.get(1)?,
                title: r.get(2)?,
                kind,
                kind_label: kind.label().to_string(),
            },
        ))
    })?;
    for link in links {
        let (mid, link) = link?;
        if let Some(m) = list.iter_mut().find(|m| m.id == mid) {
            m.documents.push(link);
        }
    }
    Ok(list)
}

pub(crate) fn plan(conn: &Connection, id: i64, today: NaiveDate) -> Result<Plan> {
    let row = plan_row(conn, id)?;
    let mut all = milestones(conn, id, today)?;
    let mut stmt = conn.prepare_cached(
        "SELECT q.quarter, q.focus, q.goals, e.id FROM plan_quarters q
         LEFT JOIN entries e ON e.id = q.retrospective_entry_id AND e.deleted_at IS NULL
         WHERE q.plan_id = ?1 ORDER BY q.quarter",
    )?;
    let current = quarter_of(row.start, today);
    let quarters = stmt
        .query_map([id], |r| {
            Ok((
                r.get::<_, u8>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<i64>>(3)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .map(|(number, focus, goals, retro)| {
            let (start, end) = quarter_range(row.start, number);
            let milestones: Vec<Milestone> = all.extract_if(.., |m| m.quarter == number).collect();
            Quarter {
                number,
                focus,
                start,
                end,
                months: month_span(start, end),
                goals,
                retrospective_entry_id: retro,
                is_current: current == Some(number),
                has_ended: end < today,
                progress: tally(milestones.iter().map(|m| (m.status, m.overdue))),
                milestones,
            }
        })
        .collect::<Vec<_>>();
    Ok(Plan {
        id,
        title: row.title,
        year: row.year,
        start: row.start,
        end: plan_end(row.start),
        months: month_span(row.start, plan_end(row.start)),
        archived: row.archived,
        current_quarter: current,
        progress: sum(quarters.iter().map(|q| q.progress)),
        quarters,
    })
}

/// Progress of a whole plan without loading its evidence (the plan picker).
pub(crate) fn summary(
    conn: &Connection,
    row: PlanRow,
    today: NaiveDate,
    opens_first: bool,
) -> Result<PlanSummary> {
    let mut stmt = conn.prepare_cached(
        "SELECT status, target_date FROM milestones WHERE plan_id = ?1 AND deleted_at IS NULL",
    )?;
    let items = stmt
        .query_map(params![row.id], |r| {
            let status = MilestoneStatus::parse(&r.get::<_, String>(0)?).unwrap_or_default();
            let target = r
                .get::<_, Option<String>>(1)?
                .as_deref()
                .map(parse_date)
                .transpose()?;
            Ok((status, is_overdue(status, target, today)))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(PlanSummary {
        id: row.id,
        title: row.title,
        year: row.year,
        start: row.start,
        end: plan_end(row.start),
        months: month_span(row.start, plan_end(row.start)),
        archived: row.archived,
        current_quarter: quarter_of(row.start, today),
        progress: tally(items),
        opens_first,
    })
}
