//! Tag rows and the links from entries and documents to them, which filters and counts use.
//! An entry's or document's own `tags_text` column is the copy that is read back.

use rusqlite::{params, Transaction};

use super::types::TagCount;
use crate::error::Result;
use crate::store::Store;

/// What carries tags; each has its own link table.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Tagged {
    Entry,
    Document,
}

impl Tagged {
    /// (link table, its column naming what is tagged)
    fn links(self) -> (&'static str, &'static str) {
        match self {
            Tagged::Entry => ("entry_tags", "entry_id"),
            Tagged::Document => ("document_tags", "document_id"),
        }
    }
}

/// Replaces the tag links of entry or document `id` with `tags` (already checked).
pub(crate) fn set_tag_links(
    tx: &Transaction<'_>,
    of: Tagged,
    id: i64,
    tags: &[String],
) -> Result<()> {
    let (table, column) = of.links();
    tx.execute(&format!("DELETE FROM {table} WHERE {column} = ?1"), [id])?;
    let mut upsert =
        tx.prepare_cached("INSERT INTO tags (name) VALUES (?1) ON CONFLICT (name) DO NOTHING")?;
    let mut link = tx.prepare_cached(&format!(
        "INSERT INTO {table} ({column}, tag_id) SELECT ?1, id FROM tags WHERE name = ?2"
    ))?;
    for t in tags {
        upsert.execute([t])?;
        link.execute(params![id, t])?;
    }
    Ok(())
}

impl Store {
    /// Every tag in use outside the trash, most used first. Counts every link from the tag
    /// index and subtracts the (few) trashed ones, instead of looking up every linked entry;
    /// CROSS JOIN makes SQLite start from the trash index rather than from every link.
    pub fn list_tags(&self) -> Result<Vec<TagCount>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT t.name, c.n - coalesce(d.n, 0) AS live
             FROM (SELECT tag_id, COUNT(*) AS n FROM entry_tags GROUP BY tag_id) c
             JOIN tags t ON t.id = c.tag_id
             LEFT JOIN (SELECT et.tag_id, COUNT(*) AS n FROM entries e
                        CROSS JOIN entry_tags et ON et.entry_id = e.id
                        WHERE e.deleted_at IS NOT NULL GROUP BY et.tag_id) d ON d.tag_id = c.tag_id
             WHERE live > 0
             ORDER BY live DESC, t.name",
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
