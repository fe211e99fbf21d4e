//! Runs an [`EntryQuery`] against the store.

use rusqlite::params_from_iter;
use rusqlite::types::Value;

use super::by_date::{matching_ids, newest_among};
use super::fts_query::{parse, FtsQuery};
use super::rank_choice::worth_ranking;
use super::ranked::{best_matches, snippets_of};
use super::summary_row::{summary_from_row, SUMMARY_COLUMNS};
use super::types::{EntryHit, EntryPage, EntryQuery, DEFAULT_PAGE, MAX_PAGE};
use crate::error::{Error, Result};
use crate::journal::{validate, EntrySummary, JournalCounts};
use crate::store::Store;

/// The WHERE conditions (beyond the text match) and their parameters.
pub(super) struct Filters {
    pub(super) conditions: Vec<&'static str>,
    pub(super) params: Vec<Value>,
}

pub(super) fn filters(q: &EntryQuery) -> Result<Filters> {
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

/// The page's entries, each with the passage that best matches `expr`.
fn with_snippets(
    conn: &rusqlite::Connection,
    expr: &str,
    page: Vec<EntrySummary>,
    matches: usize,
) -> Result<Vec<EntryHit>> {
    let ids: Vec<i64> = page.iter().map(|e| e.id).collect();
    let mut snippets = snippets_of(conn, expr, &ids, matches)?;
    Ok(page
        .into_iter()
        .map(|entry| EntryHit {
            snippet: snippets.remove(&entry.id).unwrap_or_default(),
            entry,
        })
        .collect())
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
        let (skip, take) = (q.offset as usize, (limit + 1) as usize);
        let filters = (where_clause.as_str(), f.params.as_slice());
        let mut vocabulary = self
            .conn()
            .prepare_cached("SELECT 1 FROM entries_vocab WHERE term = ?1")?;
        // The index folds accents (remove_diacritics 2), so a form with any is kept unasked;
        // so is one whose lookup fails: a slower search, never a missed match.
        let parsed = parse(&q.text, &mut |form| {
            !form.is_ascii() || vocabulary.exists([form]).unwrap_or(true)
        });
        drop(vocabulary);
        let items = match parsed {
            None => self.newest_first(filters, q.offset, limit)?,
            Some(FtsQuery::Matching(expr)) => {
                let ids = matching_ids(self.conn(), &expr)?;
                if worth_ranking(self.conn(), ids.len())? {
                    let best = best_matches(self.conn(), &expr, filters.0, filters.1, skip + take)?;
                    best.into_iter().skip(skip).collect()
                } else {
                    let page = newest_among(self.conn(), &ids, true, filters, skip, take)?;
                    with_snippets(self.conn(), &expr, page, ids.len())?
                }
            }
            Some(FtsQuery::Excluding(expr)) => {
                let ids = matching_ids(self.conn(), &expr)?;
                newest_among(self.conn(), &ids, false, filters, skip, take)?
                    .into_iter()
                    .map(|entry| EntryHit {
                        entry,
                        snippet: Vec::new(),
                    })
                    .collect()
            }
        };
        Ok(into_page(items, q.offset, limit))
    }

    /// A page of every entry meeting the filters, newest first.
    fn newest_first(
        &self,
        (conditions, params): (&str, &[Value]),
        offset: u32,
        limit: u32,
    ) -> Result<Vec<EntryHit>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM entries e WHERE {conditions}
             ORDER BY e.entry_date DESC, e.id DESC LIMIT {} OFFSET {offset}",
            limit + 1
        ))?;
        let rows = stmt.query_map(params_from_iter(params), |r| {
            Ok(EntryHit {
                entry: summary_from_row(r)?,
                snippet: Vec::new(),
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
