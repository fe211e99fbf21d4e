//! Scored search. FTS5 orders the matches by bm25 from its own index (which reads only each
//! match's length); entries are then read in that order until the page is full. A rare word
//! in a 50,000-entry journal so reads one page of entries instead of every match: each entry
//! is a random page of the file, and reading them all was most of a search from a fresh
//! process (the command line), where nothing is cached yet.

use std::cmp::Ordering;
use std::collections::HashMap;

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};

use super::snippet::{spans, SnippetSpan};
use super::summary_row::{summary_from_row, SNIPPET, SUMMARY_COLUMNS};
use super::types::EntryHit;
use crate::error::Result;
use crate::journal::EntrySummary;

/// Title matches count ten times a body match, tags five times. Lower is better.
pub const RANK: &str = "bm25(entries_fts, 10.0, 1.0, 5.0)";

/// The best `need` matches of `expr` among entries meeting `conditions` (which use `?` for
/// `params`): by rank, equal ranks newest first, each with its snippet.
pub(super) fn best_matches(
    conn: &Connection,
    expr: &str,
    conditions: &str,
    params: &[Value],
    need: usize,
) -> Result<Vec<EntryHit>> {
    let mut ranked = conn.prepare_cached(&format!(
        "SELECT rowid, {RANK} AS score FROM entries_fts WHERE entries_fts MATCH ?1 ORDER BY score"
    ))?;
    let mut found: Vec<(f64, EntrySummary)> = Vec::new();
    let mut pending: Vec<(i64, f64)> = Vec::new();
    // The first batch is the page; later ones double, so a filter that keeps few matches costs
    // a handful of queries, not one per match.
    let mut batch = need;
    let mut rows = ranked.query([expr])?;
    while let Some(row) = rows.next()? {
        let (id, score): (i64, f64) = (row.get(0)?, row.get(1)?);
        // Once the page is full, only entries tied with its last one can still belong in it.
        if found.len() >= need && score > found[need - 1].0 {
            break;
        }
        pending.push((id, score));
        if pending.len() == batch {
            found.extend(kept(conn, &pending, conditions, params)?);
            pending.clear();
            batch *= 2;
        }
    }
    found.extend(kept(conn, &pending, conditions, params)?);
    found.sort_by(|(a, x), (b, y)| {
        a.partial_cmp(b)
            .unwrap_or(Ordering::Equal)
            .then(y.entry_date.cmp(&x.entry_date))
            .then(y.id.cmp(&x.id))
    });
    found.truncate(need);
    let ids: Vec<i64> = found.iter().map(|(_, e)| e.id).collect();
    // A ranked search has at most 10,000 matches (rank_choice): its match is walked once.
    let mut snippets = snippets_of(conn, expr, &ids, 0)?;
    Ok(found
        .into_iter()
        .map(|(_, entry)| EntryHit {
            snippet: snippets.remove(&entry.id).unwrap_or_default(),
            entry,
        })
        .collect())
}

/// The entries of `candidates` (in rank order, with their scores) that meet `conditions`.
pub(super) fn kept(
    conn: &Connection,
    candidates: &[(i64, f64)],
    conditions: &str,
    params: &[Value],
) -> Result<Vec<(f64, EntrySummary)>> {
    if candidates.is_empty() {
        return Ok(Vec::new());
    }
    let mut stmt = conn.prepare(&format!(
        "SELECT {SUMMARY_COLUMNS} FROM entries e WHERE e.id IN ({}) AND {conditions}",
        id_list(candidates.iter().map(|(id, _)| *id))
    ))?;
    let mut by_id: HashMap<i64, EntrySummary> = stmt
        .query_map(params_from_iter(params), summary_from_row)?
        .map(|r| r.map(|e| (e.id, e)))
        .collect::<rusqlite::Result<_>>()?;
    Ok(candidates
        .iter()
        .filter_map(|(id, score)| by_id.remove(id).map(|e| (*score, e)))
        .collect())
}

/// Row ids as an SQL list; they are integers from the database, never user text.
fn id_list(ids: impl Iterator<Item = i64>) -> String {
    ids.map(|id| id.to_string()).collect::<Vec<_>>().join(",")
}

/// Above this many matches, a page's snippets are made entry by entry (see [`snippets_of`]).
pub(super) const SNIPPETS_BY_ENTRY_ABOVE: usize = 10_000;

/// The passage of each entry of `ids` that best matches `expr`, as spans. `+rowid` keeps the
/// list out of FTS5's plan: the match is then evaluated once (a prefix expands once) and a
/// snippet made only for these entries, instead of one full query per entry. When the match
/// has more than [`SNIPPETS_BY_ENTRY_ABOVE`] entries (`matches`) and no prefix to expand,
/// walking all of it costs more than the page's own queries, so the list goes to FTS5 as
/// `rowid IN` (`cargo bench --bench journal` and `--bench typing` measure both sides).
pub(super) fn snippets_of(
    conn: &Connection,
    expr: &str,
    ids: &[i64],
    matches: usize,
) -> Result<HashMap<i64, Vec<SnippetSpan>>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rowid = if matches > SNIPPETS_BY_ENTRY_ABOVE && !expr.contains('*') {
        "rowid"
    } else {
        "+rowid"
    };
    let mut stmt = conn.prepare(&format!(
        "SELECT rowid, {SNIPPET} FROM entries_fts WHERE entries_fts MATCH ?1 AND {rowid} IN ({})",
        id_list(ids.iter().copied())
    ))?;
    let rows = stmt.query_map([expr], |r| {
        Ok((r.get::<_, i64>(0)?, spans(&r.get::<_, String>(1)?)))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
