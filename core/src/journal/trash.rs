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
        let tx = self.conn_mut().transaction()?;
        let n = tx.execute("DELETE FROM entries WHERE deleted_at IS NOT NULL", [])?;
        tx.execute(
            "DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM entry_tags)",
            [],
        )?;
        tx.commit()?;
        Ok(n)
    }
}
