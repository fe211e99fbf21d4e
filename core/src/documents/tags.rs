//! A document's tags: the names entries use, so a document tagged with a competency's tag is
//! evidence for that competency, as a tagged entry is.

use std::collections::HashMap;

use rusqlite::params;

use super::types::Document;
use crate::error::{Error, Result};
use crate::journal::tags::{set_tag_links, Tagged};
use crate::journal::validate;
use crate::store::Store;

impl Store {
    /// Replaces the tags of live document `id`; every refused tag is named (field `tags`) and
    /// nothing is changed.
    pub fn set_document_tags(&mut self, id: i64, raw: &[String]) -> Result<Document> {
        let tags = validate::tags(raw)?;
        let now = self.now_text();
        let tx = self.conn_mut().transaction()?;
        let changed = tx.execute(
            "UPDATE documents SET tags_text = ?2, updated_at = ?3 WHERE id = ?1 AND deleted_at IS NULL",
            params![id, tags.join(" "), now],
        )?;
        if changed == 0 {
            drop(tx);
            self.document(id)?;
            return Err(Error::invalid(format!(
                "Document {id} is in the trash; restore it to change its tags."
            )));
        }
        set_tag_links(&tx, Tagged::Document, id, &tags)?;
        tx.commit()?;
        self.document(id)
    }

    /// How many live documents carry each tag (tags no live document carries are absent).
    pub fn document_tag_counts(&self) -> Result<HashMap<String, u32>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT t.name, COUNT(*) FROM document_tags dt
             JOIN documents d ON d.id = dt.document_id AND d.deleted_at IS NULL
             JOIN tags t ON t.id = dt.tag_id
             GROUP BY t.name",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
