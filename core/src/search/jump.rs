//! "Jump to a date": where a day falls in the list by date, so the list can open there and
//! load the pages either side as the user scrolls.

use rusqlite::params_from_iter;
use rusqlite::types::Value;

use super::run::filters;
use super::types::EntryQuery;
use crate::error::{Error, Result};
use crate::store::Store;

impl Store {
    /// The offset, in the newest-first list `q` describes (its filters; its `offset` and
    /// `limit` are ignored), of the first entry dated `day` or earlier: how many matching
    /// entries are dated after it. Only the list by date has such a place; a search is ordered
    /// by how well entries match, so one with words is refused.
    pub fn offset_of_date(&self, q: &EntryQuery, day: &str) -> Result<u32> {
        if !q.text.trim().is_empty() {
            return Err(Error::invalid_field(
                "text",
                "Search results are ordered by how well they match, not by date, so there is no date to jump to. Clear the search words first.",
            ));
        }
        let day = chrono::NaiveDate::parse_from_str(day.trim(), "%Y-%m-%d").map_err(|_| {
            Error::invalid_field(
                "date",
                format!("\"{day}\" is not a date to jump to. Write it as YYYY-MM-DD."),
            )
        })?;
        let mut f = filters(q)?;
        f.conditions.push("e.entry_date > ?");
        f.params
            .push(Value::Text(day.format("%Y-%m-%d").to_string()));
        let sql = format!(
            "SELECT COUNT(*) FROM entries e WHERE {}",
            f.conditions.join(" AND ")
        );
        let count: i64 = self
            .conn()
            .prepare_cached(&sql)?
            .query_row(params_from_iter(&f.params), |r| r.get(0))?;
        Ok(u32::try_from(count).unwrap_or(u32::MAX))
    }
}
