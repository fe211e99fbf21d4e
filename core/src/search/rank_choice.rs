//! Which searches are ranked and which are listed newest first. bm25 costs about a microsecond
//! per match (it reads every match's positions), and FTS5 clamps the weight of a word found in
//! more than half of all entries to ~0, so scoring tens of thousands of matches would cost tens
//! of milliseconds a keystroke for an order that says little. Such searches (a bare `s`, `the`)
//! are listed newest first; finding the matches first costs a few milliseconds at most.

use rusqlite::Connection;

use crate::error::Result;

/// Above this many matches a search is listed newest first: scoring them all would take the
/// search past its 50 ms budget at 50,000 entries (`cargo bench --bench typing`).
const RANK_AT_MOST: usize = 10_000;

/// True when `matches` entries are few enough, and rare enough, to be worth ranking: at most
/// half of the entries outside the trash. Counting stops at twice the matches, so a rare
/// word's search does not count the whole journal.
pub(super) fn worth_ranking(conn: &Connection, matches: usize) -> Result<bool> {
    if matches > RANK_AT_MOST {
        return Ok(false);
    }
    let needed = matches as i64 * 2;
    let live: i64 = conn.query_row(
        "SELECT count(*) FROM (SELECT 1 FROM entries WHERE deleted_at IS NULL LIMIT ?1)",
        [needed],
        |r| r.get(0),
    )?;
    Ok(live >= needed)
}
