//! Which searches can skip scoring. bm25 weighs a word by how rare it is; FTS5's bm25 clamps
//! the weight of a word found in more than half of all entries to ~0 (IDF ≤ 0). A search made
//! only of such words therefore has no relevance signal, and scoring every one of tens of
//! thousands of matches would only cost time: such searches are ordered newest first instead.

use rusqlite::{Connection, OptionalExtension};

use super::fts_query::{FtsQuery, Phrase};
use crate::error::Result;

/// Below this many matches scoring takes about a millisecond, so it is always done and the
/// entries need not even be counted.
const ALWAYS_SCORE_BELOW: i64 = 2_000;

/// True when every phrase of `q` appears in more than half of the live entries.
pub(crate) fn has_no_rare_phrase(conn: &Connection, q: &FtsQuery) -> Result<bool> {
    let mut least = i64::MAX;
    for p in &q.phrases {
        least = least.min(documents_with(conn, p)?);
        if least < ALWAYS_SCORE_BELOW {
            return Ok(false);
        }
    }
    let total: i64 = conn.query_row(
        "SELECT count(*) FROM entries WHERE deleted_at IS NULL",
        [],
        |r| r.get(0),
    )?;
    Ok(least * 2 > total)
}

/// An upper bound on how many entries contain the phrase: the count of its rarest token
/// (for a prefix, of every word starting with it). Tokens FTS5 stores differently (accents)
/// count as 0, which only ever sends a search down the scored path.
fn documents_with(conn: &Connection, p: &Phrase) -> Result<i64> {
    let mut least = i64::MAX;
    for (i, t) in p.tokens.iter().enumerate() {
        let n: i64 = if p.prefix && i + 1 == p.tokens.len() {
            let mut upper = t.clone();
            upper.push(char::MAX);
            conn.query_row(
                "SELECT coalesce(sum(doc), 0) FROM entries_vocab WHERE term >= ?1 AND term < ?2",
                [t, &upper],
                |r| r.get(0),
            )?
        } else {
            conn.query_row("SELECT doc FROM entries_vocab WHERE term = ?1", [t], |r| {
                r.get(0)
            })
            .optional()?
            .unwrap_or(0)
        };
        least = least.min(n);
    }
    Ok(if least == i64::MAX { 0 } else { least })
}
