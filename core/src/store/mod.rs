//! The one place a database is opened: plaintext, or encrypted with the journal's key
//! (`cipher`), which the passphrase unwraps from the key file (`keyfile`); `encryption`
//! converts between the two.

pub mod backup;
mod cipher;
mod durable;
pub mod encryption;
pub mod health;
pub mod keyfile;
mod migrations;
mod rotation;

pub use cipher::DbKey;
pub use keyfile::KdfParams;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, Result};
use crate::time::{stamp, Clock};

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Where record stamps come from: the shell's system clock, a test's fixed one.
    clock: Box<dyn Clock>,
    /// The journal's key when it is encrypted (backups are written with it).
    key: Option<DbKey>,
}

impl Store {
    /// Opens (creating if needed) the database in `data_dir` and brings its schema up to date.
    /// An encrypted journal is a `Locked` error: it opens with [`Store::unlock_in_dir`].
    pub fn open_in_dir(data_dir: &Path, clock: Box<dyn Clock>) -> Result<Self> {
        Self::open(&Self::database_in(data_dir)?, clock)
    }

    /// Opens the encrypted journal in `data_dir` with its passphrase (a wrong one is an error
    /// about the field `passphrase`, and changes nothing).
    pub fn unlock_in_dir(data_dir: &Path, passphrase: &str, clock: Box<dyn Clock>) -> Result<Self> {
        let key = encryption::unlock_key(data_dir, passphrase, "passphrase")?;
        Self::open_keyed(&Self::database_in(data_dir)?, Some(key), clock)
    }

    /// Opens the journal in `data_dir` with a key already unwrapped.
    pub fn open_in_dir_with_key(
        data_dir: &Path,
        key: DbKey,
        clock: Box<dyn Clock>,
    ) -> Result<Self> {
        Self::open_keyed(&Self::database_in(data_dir)?, Some(key), clock)
    }

    fn database_in(data_dir: &Path) -> Result<PathBuf> {
        std::fs::create_dir_all(data_dir).map_err(|e| {
            Error::storage(format!(
                "Cannot create the data folder {}: {e}. Check that the disk is writable, or set \
                 WAYPOINT_DATA_DIR to another folder.",
                data_dir.display()
            ))
        })?;
        Ok(data_dir.join(crate::paths::DATABASE_FILE))
    }

    /// Opens (creating if needed) the plaintext database file at `path` and migrates it.
    pub fn open(path: &Path, clock: Box<dyn Clock>) -> Result<Self> {
        Self::open_keyed(path, None, clock)
    }

    pub(crate) fn open_keyed(
        path: &Path,
        key: Option<DbKey>,
        clock: Box<dyn Clock>,
    ) -> Result<Self> {
        Ok(Self {
            conn: connect_migrated(path, key.as_ref())?,
            path: path.to_path_buf(),
            clock,
            key,
        })
    }

    /// Whether this journal is encrypted.
    pub fn is_encrypted(&self) -> bool {
        self.key.is_some()
    }

    /// The stamp for a record written now (`created_at`, `updated_at`, `deleted_at`, ...).
    pub(crate) fn now_text(&self) -> String {
        stamp(self.clock.now())
    }

    /// The schema version the file is at (`PRAGMA user_version`).
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }
}

/// A connection to the journal at `path`, set up as every store's is, its schema up to date.
fn connect_migrated(path: &Path, key: Option<&DbKey>) -> Result<Connection> {
    let mut conn = cipher::connect(path, key, OpenFlags::default())?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // FULL: a save that has returned survives a power cut (about 3 ms a commit; the save
    // benchmark keeps it in view).
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // A 64 MiB page cache (SQLite's default is 2 MiB): a ten-year journal's search index
    // then stays in memory between keystrokes instead of being read again from the file.
    conn.pragma_update(None, "cache_size", -65_536)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    migrations::all().to_latest(&mut conn)?;
    Ok(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clock() -> Box<dyn Clock> {
        Box::new(crate::time::FixedClock(chrono::DateTime::UNIX_EPOCH))
    }

    #[test]
    fn opens_an_empty_file_and_migrates_it() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_in_dir(dir.path(), clock()).unwrap();
        assert_eq!(store.schema_version().unwrap(), migrations::LATEST);
        let mode: String = store
            .conn()
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let fk: i64 = store
            .conn()
            .pragma_query_value(None, "foreign_keys", |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1);
        let sync: i64 = store
            .conn()
            .pragma_query_value(None, "synchronous", |r| r.get(0))
            .unwrap();
        assert_eq!(sync, 2, "synchronous = FULL");
    }

    #[test]
    fn reopening_keeps_the_schema_and_data() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open_in_dir(dir.path(), clock()).unwrap();
            store
                .conn()
                .execute("INSERT INTO settings (key, value) VALUES ('k', '1')", [])
                .unwrap();
        }
        let store = Store::open_in_dir(dir.path(), clock()).unwrap();
        assert_eq!(store.schema_version().unwrap(), migrations::LATEST);
        let v: String = store
            .conn()
            .query_row("SELECT value FROM settings WHERE key = 'k'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(v, "1");
    }

    #[test]
    fn a_file_that_is_not_a_database_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("not.sqlite3");
        std::fs::write(
            &path,
            b"this is not a database, just some text that is long enough",
        )
        .unwrap();
        let err = Store::open(&path, clock()).err().expect("must fail");
        assert_eq!(err.kind, crate::ErrorKind::Storage);
        assert!(
            err.message.contains("not.sqlite3") || err.message.contains("database"),
            "{}",
            err.message
        );
    }
}
