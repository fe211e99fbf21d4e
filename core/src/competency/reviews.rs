//! Recording self-reviews. A review is a dated set of ratings; history is never overwritten.

use std::collections::HashSet;

use chrono::NaiveDate;
use rusqlite::params;

use super::catalogue;
use super::types::RatingInput;
use crate::error::{Error, Result};
use crate::plan::validate as text_rules;
use crate::store::Store;

pub const MAX_RATING_NOTE_CHARS: usize = 500;

impl Store {
    /// Saves one self-review (one rating or a whole guided review) dated `today`. Every rating
    /// is checked first; one bad rating rejects the review and nothing is written.
    pub fn record_self_review(&mut self, ratings: &[RatingInput], today: NaiveDate) -> Result<i64> {
        if ratings.is_empty() {
            return Err(Error::invalid(
                "The review has no ratings. Rate at least one competency from 1 to 5.",
            ));
        }
        let known = catalogue::all(self.conn())?;
        let mut seen = HashSet::new();
        let mut valid = Vec::with_capacity(ratings.len());
        for r in ratings {
            let c = known
                .iter()
                .find(|c| c.id == r.competency_id)
                .ok_or_else(|| {
                    Error::not_found(format!(
                        "There is no competency with id {}.",
                        r.competency_id
                    ))
                })?;
            if c.archived {
                return Err(Error::invalid(format!(
                    "\"{}\" is archived. Restore it before rating it.",
                    c.name
                )));
            }
            if !(1..=5).contains(&r.rating) {
                return Err(Error::invalid(format!(
                    "The rating for \"{}\" is {}; ratings go from 1 (just starting) to 5 (a strength others learn from).",
                    c.name, r.rating
                )));
            }
            if !seen.insert(c.id) {
                return Err(Error::invalid(format!(
                    "\"{}\" is rated twice in this review; keep one rating.",
                    c.name
                )));
            }
            let note = text_rules::note(
                &r.note,
                &format!("note for \"{}\"", c.name),
                MAX_RATING_NOTE_CHARS,
            )?;
            valid.push((c.id, r.rating, note));
        }
        let now = self.now_text();
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            "INSERT INTO self_reviews (reviewed_on, created_at) VALUES (?1, ?2)",
            params![today.format("%Y-%m-%d").to_string(), now],
        )?;
        let review_id = tx.last_insert_rowid();
        {
            let mut stmt = tx.prepare_cached(
                "INSERT INTO ratings (review_id, competency_id, rating, note) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for (cid, rating, note) in &valid {
                stmt.execute(params![review_id, cid, rating, note])?;
            }
        }
        tx.commit()?;
        Ok(review_id)
    }
}
