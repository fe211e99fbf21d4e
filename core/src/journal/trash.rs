//! The trash: deleting moves an entry here; it can be restored until the trash is emptied.

use rusqlite::params;

use super::entries::not_found;
use super::types::Entry;
use crate::error::{Error, Result};
use crate::store::Store;

impl Store {
    pub fn trash_entry(&mut self, id: i64) -> Result<()> {
        let n = self.conn().execute(
            "UPDATE entries SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
            params![id, self.now_text()],
        )?;
        if n == 0 {
            return Err(not_found(id));
        }
        Ok(())
    }

    pub fn restore_entry(&mut self, id: i64) -> Result<Entry> {
        let n = self.conn().execute(
            "UPDATE entries SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL",
            [id],
        )?;
        if n == 0 {
            return Err(Error::not_found(format!("Entry {id} is not in the trash.")));
        }
        self.entry(id)
    }

    /// Deletes every entry in the trash for good. Returns how many were removed.
    pub fn empty_trash(&mut self) -> Result<usize> {
        self.delete_trashed("deleted_at IS NOT NULL", params![])
    }

    /// Deletes one entry in the trash for good; an entry not in the trash is refused, so a
    /// live entry can never be lost this way.
    pub fn delete_forever(&mut self, id: i64) -> Result<()> {
        match self.delete_trashed("id = ?1 AND deleted_at IS NOT NULL", params![id])? {
            0 => Err(Error::not_found(format!(
                "Entry {id} is not in the trash, so it was not deleted. Move it to the trash first."
            ))),
            _ => Ok(()),
        }
    }

    /// Deletes the entries matching `filter`, and the tags no entry uses any more, at once.
    fn delete_trashed(&mut self, filter: &str, args: &[&dyn rusqlite::ToSql]) -> Result<usize> {
        let tx = self.conn_mut().transaction()?;
        let n = tx.execute(&format!("DELETE FROM entries WHERE {filter}"), args)?;
        tx.execute(
            "DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM entry_tags)",
            [],
        )?;
        tx.commit()?;
        Ok(n)
    }
}
