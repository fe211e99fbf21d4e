//! Searches listed newest first (see `rank_choice`): the match is evaluated once, as a set of
//! row ids, and entries are walked in date order through the date index until the page is
//! full. A prefix FTS5 has no index for (`stra*`) then expands once instead of once per row,
//! and a search most entries match stops after about a page.

use std::collections::HashSet;

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};

use super::ranked::kept;
use crate::error::Result;
use crate::journal::EntrySummary;

/// The row ids of the entries matching `expr`.
pub(super) fn matching_ids(conn: &Connection, expr: &str) -> Result<HashSet<i64>> {
    let mut stmt =
        conn.prepare_cached("SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?1")?;
    let ids = stmt.query_map([expr], |r| r.get(0))?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}

/// Entries meeting `conditions` that are in `ids` (`wanted`) or not in it, newest first:
/// `take` of them after skipping `skip`.
pub(super) fn newest_among(
    conn: &Connection,
    ids: &HashSet<i64>,
    wanted: bool,
    (conditions, params): (&str, &[Value]),
    skip: usize,
    take: usize,
) -> Result<Vec<EntrySummary>> {
    let mut walk = conn.prepare_cached(&format!(
        "SELECT e.id FROM entries e WHERE {conditions} ORDER BY e.entry_date DESC, e.id DESC"
    ))?;
    let mut rows = walk.query(params_from_iter(params))?;
    let mut page: Vec<(i64, f64)> = Vec::new();
    let mut seen = 0;
    while page.len() < take {
        let Some(row) = rows.next()? else { break };
        let id: i64 = row.get(0)?;
        if ids.contains(&id) == wanted {
            if seen >= skip {
                page.push((id, 0.0));
            }
            seen += 1;
        }
    }
    Ok(kept(conn, &page, conditions, params)?
        .into_iter()
        .map(|(_, e)| e)
        .collect())
}
