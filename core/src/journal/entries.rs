//! Creating, reading and saving entries. Every write is one transaction.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Row, Transaction};

use super::columns::{parse_date, parse_kind, parse_time, split_tags};
use super::types::{Entry, EntryDraft};
use super::validate::{self, ValidDraft};
use crate::error::{Error, Result};
use crate::store::Store;

pub(crate) const ENTRY_COLUMNS: &str =
    "id, uuid, title, body, kind, entry_date, tags_text, starred, created_at, updated_at, deleted_at";

fn entry_from_row(r: &Row<'_>) -> rusqlite::Result<Entry> {
    Ok(Entry {
        id: r.get(0)?,
        uuid: r.get(1)?,
        title: r.get(2)?,
        body: r.get(3)?,
        kind: parse_kind(&r.get::<_, String>(4)?),
        entry_date: parse_date(&r.get::<_, String>(5)?)?,
        tags: split_tags(&r.get::<_, String>(6)?),
        starred: r.get(7)?,
        created_at: parse_time(&r.get::<_, String>(8)?)?,
        updated_at: parse_time(&r.get::<_, String>(9)?)?,
        deleted_at: r
            .get::<_, Option<String>>(10)?
            .as_deref()
            .map(parse_time)
            .transpose()?,
    })
}

impl Store {
    /// Creates an entry from a draft (dated `today` unless it says otherwise). A rejected
    /// draft writes nothing.
    pub fn create_entry(&mut self, draft: &EntryDraft, today: NaiveDate) -> Result<Entry> {
        let v = validate::draft(draft, today)?;
        self.insert_valid(&v, false)
    }

    /// Creates a starred or plain entry; used by `waypoint add --star` and imports.
    pub fn create_entry_starred(
        &mut self,
        draft: &EntryDraft,
        starred: bool,
        today: NaiveDate,
    ) -> Result<Entry> {
        let v = validate::draft(draft, today)?;
        self.insert_valid(&v, starred)
    }

    pub(crate) fn insert_valid(&mut self, v: &ValidDraft, starred: bool) -> Result<Entry> {
        let now = self.now_text();
        let tx = self.conn_mut().transaction()?;
        let id = insert_in_tx(&tx, v, starred, &now)?;
        tx.commit()?;
        self.entry(id)
    }

    /// Creates many entries in one transaction (imports, generated data). Every draft is
    /// checked first; one bad draft rejects the batch with its position, and nothing is written.
    pub fn create_entries(
        &mut self,
        drafts: &[(EntryDraft, bool)],
        today: NaiveDate,
    ) -> Result<usize> {
        let valid = drafts
            .iter()
            .enumerate()
            .map(|(i, (d, starred))| {
                validate::draft(d, today)
                    .map(|v| (v, *starred))
                    .map_err(|e| {
                        Error::invalid(format!(
                            "Entry {} of {}: {}",
                            i + 1,
                            drafts.len(),
                            e.message
                        ))
                    })
            })
            .collect::<Result<Vec<_>>>()?;
        let now = self.now_text();
        let tx = self.conn_mut().transaction()?;
        for (v, starred) in &valid {
            insert_in_tx(&tx, v, *starred, &now)?;
        }
        tx.commit()?;
        Ok(valid.len())
    }

    /// Saves a draft over an existing entry (the editor's autosave). Entries in the trash
    /// cannot be edited until restored.
    pub fn update_entry(&mut self, id: i64, draft: &EntryDraft, today: NaiveDate) -> Result<Entry> {
        let v = validate::draft(draft, today)?;
        let now = self.now_text();
        let tx = self.conn_mut().transaction()?;
        let deleted: Option<Option<String>> = tx
            .query_row("SELECT deleted_at FROM entries WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        match deleted {
            None => return Err(not_found(id)),
            Some(Some(_)) => {
                return Err(Error::invalid(
                    "This entry is in the trash. Restore it before editing.",
                ))
            }
            Some(None) => {}
        }
        tx.execute(
            "UPDATE entries SET title = ?2, body = ?3, kind = ?4, entry_date = ?5, tags_text = ?6, updated_at = ?7
             WHERE id = ?1",
            params![
                id,
                v.title,
                v.body,
                v.kind.as_str(),
                v.entry_date.format("%Y-%m-%d").to_string(),
                v.tags.join(" "),
                now
            ],
        )?;
        super::tags::set_tag_links(&tx, super::tags::Tagged::Entry, id, &v.tags)?;
        tx.commit()?;
        self.entry(id)
    }

    /// Reads one entry, including one in the trash.
    pub fn entry(&self, id: i64) -> Result<Entry> {
        self.conn()
            .query_row(
                &format!("SELECT {ENTRY_COLUMNS} FROM entries WHERE id = ?1"),
                [id],
                entry_from_row,
            )
            .optional()?
            .ok_or_else(|| not_found(id))
    }

    pub fn set_starred(&mut self, id: i64, starred: bool) -> Result<Entry> {
        let n = self.conn().execute(
            "UPDATE entries SET starred = ?2, updated_at = ?3 WHERE id = ?1 AND deleted_at IS NULL",
            params![id, starred, self.now_text()],
        )?;
        if n == 0 {
            return Err(not_found(id));
        }
        self.entry(id)
    }
}

pub(crate) fn insert_in_tx(
    tx: &Transaction<'_>,
    v: &ValidDraft,
    starred: bool,
    now: &str,
) -> Result<i64> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO entries (uuid, title, body, kind, entry_date, tags_text, starred, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
    )?;
    stmt.execute(params![
        uuid::Uuid::new_v4().to_string(),
        v.title,
        v.body,
        v.kind.as_str(),
        v.entry_date.format("%Y-%m-%d").to_string(),
        v.tags.join(" "),
        starred,
        now
    ])?;
    let id = tx.last_insert_rowid();
    super::tags::set_tag_links(tx, super::tags::Tagged::Entry, id, &v.tags)?;
    Ok(id)
}

pub(crate) fn not_found(id: i64) -> Error {
    Error::not_found(format!("Entry {id} does not exist or is in the trash."))
}
