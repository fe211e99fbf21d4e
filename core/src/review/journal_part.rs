//! The period's journal, read once: every live entry's date, star and tags (for counts, the
//! timeline and competency evidence), and the text only of the entries the review may show.

use chrono::NaiveDate;
use rusqlite::Connection;

use super::impact::quantified_sentence;
use super::period::Period;
use super::types::{Highlight, PrivateEntry};
use crate::error::Result;
use crate::journal::columns::{parse_date, split_tags};
use crate::journal::plain_excerpt;

/// An entry without its text.
pub(super) struct EntryMark {
    pub date: NaiveDate,
    pub tags: Vec<String>,
}

pub(super) struct JournalPart {
    pub marks: Vec<EntryMark>,
    pub highlights: Vec<Highlight>,
    /// Empty unless the private `journal` section is included.
    pub private: Vec<PrivateEntry>,
}

fn day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Reads the period's entries; the text of those not starred only when `with_private`.
pub(super) fn read(conn: &Connection, period: &Period, with_private: bool) -> Result<JournalPart> {
    let range = [day(period.from), day(period.to)];
    let mut stmt = conn.prepare_cached(
        "SELECT entry_date, tags_text FROM entries
         WHERE deleted_at IS NULL AND entry_date BETWEEN ?1 AND ?2 ORDER BY entry_date, id",
    )?;
    let marks = stmt
        .query_map(rusqlite::params![range[0], range[1]], |r| {
            Ok(EntryMark {
                date: parse_date(&r.get::<_, String>(0)?)?,
                tags: split_tags(&r.get::<_, String>(1)?),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    // The text is read only where it will be shown: starred always, the rest when opted in.
    let starred = if with_private { "" } else { " AND starred = 1" };
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT id, title, entry_date, body, starred FROM entries
         WHERE deleted_at IS NULL AND entry_date BETWEEN ?1 AND ?2{starred} ORDER BY entry_date, id"
    ))?;
    let mut highlights = Vec::new();
    let mut private = Vec::new();
    let mut rows = stmt.query(rusqlite::params![range[0], range[1]])?;
    while let Some(r) = rows.next()? {
        let (entry_id, title, body): (i64, String, String) = (r.get(0)?, r.get(1)?, r.get(3)?);
        let entry_date = parse_date(&r.get::<_, String>(2)?)?;
        let excerpt = plain_excerpt(&body);
        if r.get::<_, bool>(4)? {
            highlights.push(Highlight {
                entry_id,
                title,
                entry_date,
                excerpt,
                impact: quantified_sentence(&body),
            });
        } else {
            private.push(PrivateEntry {
                entry_id,
                title,
                entry_date,
                excerpt,
            });
        }
    }
    Ok(JournalPart {
        marks,
        highlights,
        private,
    })
}
