//! Tag rows and the entry↔tag links that filters and counts use. The entry's own
//! `tags_text` column is the copy that is read back and indexed for search.

use rusqlite::{params, Transaction};

use super::types::TagCount;
use crate::error::Result;
use crate::store::Store;

pub(crate) fn set_entry_tags(tx: &Transaction<'_>, entry_id: i64, tags: &[String]) -> Result<()> {
    tx.execute("DELETE FROM entry_tags WHERE entry_id = ?1", [entry_id])?;
    let mut upsert =
        tx.prepare_cached("INSERT INTO tags (name) VALUES (?1) ON CONFLICT (name) DO NOTHING")?;
    let mut link = tx.prepare_cached(
        "INSERT INTO entry_tags (entry_id, tag_id) SELECT ?1, id FROM tags WHERE name = ?2",
    )?;
    for t in tags {
        upsert.execute([t])?;
        link.execute(params![entry_id, t])?;
    }
    Ok(())
}

impl Store {
    /// Every tag in use outside the trash, most used first.
    pub fn list_tags(&self) -> Result<Vec<TagCount>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT t.name, COUNT(*) AS n FROM tags t
             JOIN entry_tags et ON et.tag_id = t.id
             JOIN entries e ON e.id = et.entry_id AND e.deleted_at IS NULL
             GROUP BY t.id ORDER BY n DESC, t.name",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(TagCount {
                name: r.get(0)?,
                count: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
