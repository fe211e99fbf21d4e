//! Runs an [`EntryQuery`] against the store.

use rusqlite::params_from_iter;
use rusqlite::types::Value;

use super::fts_query::parse;
use super::ranked::best_matches;
use super::snippet::spans;
use super::summary_row::{summary_from_row, SNIPPET, SUMMARY_COLUMNS};
use super::term_weight::has_no_rare_phrase;
use super::types::{EntryHit, EntryPage, EntryQuery, DEFAULT_PAGE, MAX_PAGE};
use crate::error::{Error, Result};
use crate::journal::{validate, JournalCounts};
use crate::store::Store;

/// The WHERE conditions (beyond the text match) and their parameters.
struct Filters {
    conditions: Vec<&'static str>,
    params: Vec<Value>,
}

fn filters(q: &EntryQuery) -> Result<Filters> {
    let mut f = Filters {
        conditions: vec!["e.deleted_at IS NULL"],
        params: Vec::new(),
    };
    for t in &q.tags {
        let tag = validate::tag(t)?;
        f.conditions.push(
            "e.id IN (SELECT et.entry_id FROM entry_tags et JOIN tags t ON t.id = et.tag_id WHERE t.name = ?)",
        );
        f.params.push(Value::Text(tag));
    }
    if let Some(kind) = q.kind {
        f.conditions.push("e.kind = ?");
        f.params.push(Value::Text(kind.as_str().to_string()));
    }
    let from = parse_filter_date(q.from.as_deref(), "start")?;
    let to = parse_filter_date(q.to.as_deref(), "end")?;
    if let (Some(a), Some(b)) = (&from, &to) {
        if a > b {
            return Err(Error::invalid(format!(
                "The date range starts ({a}) after it ends ({b}). Swap the two dates."
            )));
        }
    }
    if let Some(a) = from {
        f.conditions.push("e.entry_date >= ?");
        f.params.push(Value::Text(a));
    }
    if let Some(b) = to {
        f.conditions.push("e.entry_date <= ?");
        f.params.push(Value::Text(b));
    }
    if q.starred_only {
        f.conditions.push("e.starred = 1");
    }
    Ok(f)
}

fn parse_filter_date(s: Option<&str>, which: &str) -> Result<Option<String>> {
    match s.map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map(|d| Some(d.format("%Y-%m-%d").to_string()))
            .map_err(|_| {
                Error::invalid(format!(
                    "The {which} date \"{s}\" is not a date. Write it as YYYY-MM-DD."
                ))
            }),
    }
}

/// The MATCH expression is always the first parameter (`?1`); the filters' follow.
fn with_match(expr: String, mut params: Vec<Value>) -> Vec<Value> {
    params.insert(0, Value::Text(expr));
    params
}

fn page_size(limit: u32) -> u32 {
    match limit {
        0 => DEFAULT_PAGE,
        n => n.min(MAX_PAGE),
    }
}

/// Fetches one more row than asked to learn whether a next page exists.
fn into_page(mut items: Vec<EntryHit>, offset: u32, limit: u32) -> EntryPage {
    let more = items.len() > limit as usize;
    items.truncate(limit as usize);
    EntryPage {
        items,
        next_offset: more.then_some(offset + limit),
    }
}

impl Store {
    /// Searches (when `text` has words) or lists (when it does not) entries outside the trash.
    pub fn find_entries(&self, q: &EntryQuery) -> Result<EntryPage> {
        let f = filters(q)?;
        let limit = page_size(q.limit);
        let where_clause = f.conditions.join(" AND ");
        let items = match parse(&q.text) {
            Some(fts) if !has_no_rare_phrase(self.conn(), &fts)? => {
                let need = (q.offset + limit + 1) as usize;
                let best = best_matches(self.conn(), &fts.expr, &where_clause, &f.params, need)?;
                best.into_iter().skip(q.offset as usize).collect()
            }
            fts => {
                let page = format!("LIMIT {} OFFSET {}", limit + 1, q.offset);
                self.newest_first(fts.map(|t| t.expr), &where_clause, f.params, &page)?
            }
        };
        Ok(into_page(items, q.offset, limit))
    }

    /// A page of entries newest first: all of them, or those matching `expr` when no word
    /// of it is rare enough to rank by.
    fn newest_first(
        &self,
        expr: Option<String>,
        where_clause: &str,
        params: Vec<Value>,
        page: &str,
    ) -> Result<Vec<EntryHit>> {
        let (sql, params) = match expr {
            None => (
                format!(
                    "SELECT {SUMMARY_COLUMNS}, NULL FROM entries e WHERE {where_clause}
                     ORDER BY e.entry_date DESC, e.id DESC {page}"
                ),
                params,
            ),
            // The snippet subquery doubles as the match test, so it runs only for the rows walked.
            Some(expr) => (
                format!(
                    "SELECT * FROM (
                        SELECT {SUMMARY_COLUMNS},
                               (SELECT {SNIPPET} FROM entries_fts WHERE entries_fts MATCH ?1 AND rowid = e.id) AS snip
                        FROM entries e WHERE {where_clause}
                        ORDER BY e.entry_date DESC, e.id DESC)
                     WHERE snip IS NOT NULL {page}"
                ),
                with_match(expr, params),
            ),
        };
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map(params_from_iter(params.iter()), |r| {
            Ok(EntryHit {
                entry: summary_from_row(r)?,
                snippet: r
                    .get::<_, Option<String>>(9)?
                    .as_deref()
                    .map(spans)
                    .unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Entries in the trash, most recently deleted first.
    pub fn list_trash(&self, offset: u32, limit: u32) -> Result<EntryPage> {
        let limit = page_size(limit);
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM entries e WHERE e.deleted_at IS NOT NULL
             ORDER BY e.deleted_at DESC, e.id DESC LIMIT ?1 OFFSET ?2"
        ))?;
        let rows = stmt.query_map([limit + 1, offset], |r| {
            Ok(EntryHit {
                entry: summary_from_row(r)?,
                snippet: Vec::new(),
            })
        })?;
        Ok(into_page(
            rows.collect::<rusqlite::Result<Vec<_>>>()?,
            offset,
            limit,
        ))
    }

    /// How many entries are outside the trash and in it; both counts come from partial indexes.
    pub fn counts(&self) -> Result<JournalCounts> {
        Ok(self.conn().query_row(
            "SELECT (SELECT COUNT(*) FROM entries WHERE deleted_at IS NULL),
                    (SELECT COUNT(*) FROM entries WHERE deleted_at IS NOT NULL)",
            [],
            |r| {
                Ok(JournalCounts {
                    entries: r.get(0)?,
                    trash: r.get(1)?,
                })
            },
        )?)
    }
}
