//! The competency view in one read: statuses with history and evidence, radar, gaps.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::Connection;

use super::catalogue;
use super::framework::groups_for;
use super::gaps::gaps;
use super::types::{CompetencyOverview, CompetencyStatus, RadarAxis, RatingPoint};
use crate::error::Result;
use crate::journal::columns::parse_date;
use crate::store::Store;

/// Every rating, grouped by competency, oldest first.
fn histories(conn: &Connection) -> Result<HashMap<i64, Vec<RatingPoint>>> {
    let mut stmt = conn.prepare_cached(
        "SELECT r.competency_id, s.id, s.reviewed_on, r.rating, r.note
         FROM ratings r JOIN self_reviews s ON s.id = r.review_id
         ORDER BY s.reviewed_on, s.id",
    )?;
    let mut out: HashMap<i64, Vec<RatingPoint>> = HashMap::new();
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            RatingPoint {
                review_id: r.get(1)?,
                rated_on: parse_date(&r.get::<_, String>(2)?)?,
                rating: r.get(3)?,
                note: r.get(4)?,
            },
        ))
    })?;
    for row in rows {
        let (cid, point) = row?;
        out.entry(cid).or_default().push(point);
    }
    Ok(out)
}

fn review_dates(conn: &Connection) -> Result<(u32, Vec<NaiveDate>)> {
    let mut stmt = conn.prepare_cached(
        "SELECT reviewed_on FROM self_reviews ORDER BY reviewed_on DESC, id DESC LIMIT 2",
    )?;
    let last_two = stmt
        .query_map([], |r| parse_date(&r.get::<_, String>(0)?))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let count: u32 = conn.query_row("SELECT COUNT(*) FROM self_reviews", [], |r| r.get(0))?;
    Ok((count, last_two))
}

impl Store {
    pub fn competency_overview(&self) -> Result<CompetencyOverview> {
        let profile = self.competency_profile()?;
        let groups = groups_for(profile.track, profile.target_level);
        // Evidence is the live entries and documents carrying the competency's tag: for entries,
        // the tag counts already computed for the tag list (fast even with tens of thousands
        // of tagged entries).
        let entries: HashMap<String, u32> = self
            .list_tags()?
            .into_iter()
            .map(|t| (t.name, t.count as u32))
            .collect();
        let documents = self.document_tag_counts()?;
        let mut history = histories(self.conn())?;
        let mut statuses: Vec<CompetencyStatus> = catalogue::all(self.conn())?
            .into_iter()
            .map(|c| {
                let entry_count = entries.get(&c.tag).copied().unwrap_or(0);
                let document_count = documents.get(&c.tag).copied().unwrap_or(0);
                let h = history.remove(&c.id).unwrap_or_default();
                let latest = h.last().map(|p| p.rating);
                let previous = h.len().checked_sub(2).map(|i| h[i].rating);
                CompetencyStatus {
                    relevant: c.groups.iter().any(|g| groups.contains(g)),
                    evidence_count: entry_count + document_count,
                    entry_count,
                    document_count,
                    competency: c,
                    history: h,
                    latest,
                    previous,
                }
            })
            .collect();
        // Relevant first, keeping framework order inside each part.
        statuses.sort_by_key(|s| !s.relevant);
        let radar = statuses
            .iter()
            .filter(|s| s.relevant && !s.competency.archived)
            .map(|s| RadarAxis {
                competency_id: s.competency.id,
                name: s.competency.name.clone(),
                latest: s.latest,
                previous: s.previous,
            })
            .collect();
        let (review_count, dates) = review_dates(self.conn())?;
        Ok(CompetencyOverview {
            gaps: gaps(&statuses, profile.target_rating),
            profile,
            competencies: statuses,
            radar,
            review_count,
            last_review_on: dates.first().copied(),
            previous_review_on: dates.get(1).copied(),
        })
    }
}
