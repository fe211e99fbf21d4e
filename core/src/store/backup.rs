//! Backups through SQLite's backup API (never a file copy: the WAL holds recent writes beside
//! the file), each written to a temporary file, checked, fsynced and renamed into `backups/` in
//! the data folder. Automatic ones, one a day, are thinned by `rotation`; a restore checks the
//! backup first, keeps a copy of the journal it replaces, and swaps the file in with a rename,
//! so a crash at any moment leaves the old journal or the new one.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use specta::Type;

use super::cipher::{connect, is_encrypted, DbKey};
use super::durable::{io, partial, sync};
use super::rotation;
use super::Store;
use crate::error::{Error, Result};
use crate::paths::DATABASE_FILE;

/// The folder in the data folder that holds backups.
pub const BACKUP_DIR: &str = "backups";
const AUTO_PREFIX: &str = "auto-";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct BackupFile {
    pub path: String,
    /// Made automatically (one a day, thinned) or on request (kept until deleted by hand).
    pub automatic: bool,
    pub bytes: u64,
}

/// Copies the database behind `from` into a new file at `to` (replacing it whole), written
/// with `key`, the key `from` is read with (SQLCipher copies pages between equal keys only).
fn copy(from: &Connection, to: &Path, key: Option<&DbKey>) -> Result<()> {
    let temp = partial(to);
    let _ = fs::remove_file(&temp);
    {
        let mut dst = connect(&temp, key, OpenFlags::default())?;
        rusqlite::backup::Backup::new(from, &mut dst)?.run_to_completion(
            1024,
            Duration::ZERO,
            None,
        )?;
        dst.pragma_update(None, "journal_mode", "DELETE")?;
    }
    check(&temp, key).inspect_err(|_| {
        let _ = fs::remove_file(&temp);
    })?;
    sync(&temp)?;
    fs::rename(&temp, to).map_err(|e| io("Renaming", to, e))?;
    sync(to)
}

/// That the file at `path` is a whole Waypoint journal this version can open with `key`.
pub fn check(path: &Path, key: Option<&DbKey>) -> Result<()> {
    let bad = |why: String| {
        Error::invalid(format!(
            "{} is not a Waypoint backup that can be restored: {why}",
            path.display()
        ))
    };
    let conn = connect(path, key, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| bad(e.message))?;
    let verdict: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(|e| bad(e.to_string()))?;
    if verdict != "ok" {
        return Err(bad(format!("it is damaged ({verdict})")));
    }
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let journal: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'entries')",
        [],
        |r| r.get(0),
    )?;
    if !journal {
        return Err(bad("it holds no journal".into()));
    }
    if version > super::migrations::LATEST {
        return Err(bad(format!(
            "it was made by a newer Waypoint (schema {version}); update Waypoint first"
        )));
    }
    Ok(())
}

impl Store {
    fn backup_dir(&self) -> PathBuf {
        self.path.with_file_name(BACKUP_DIR)
    }

    /// Writes a backup of the journal to `path`, replacing it whole or leaving it as it was.
    pub fn backup_to(&self, path: &Path) -> Result<()> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            fs::create_dir_all(dir).map_err(|e| io("Making the folder", dir, e))?;
        }
        copy(&self.conn, path, self.key.as_ref())
    }

    /// A backup on request, into the backups folder, named by `stamp` (e.g. 2026-12-07T101500).
    pub fn backup_now(&self, stamp: &str) -> Result<PathBuf> {
        let path = self.backup_dir().join(format!("manual-{stamp}.sqlite3"));
        self.backup_to(&path)?;
        Ok(path)
    }

    /// Today's automatic backup unless there is one, then the old automatic ones the rotation
    /// drops; answers the new backup's path.
    pub fn automatic_backup(&self, today: NaiveDate) -> Result<Option<PathBuf>> {
        self.encrypt_leftover_backups()?;
        let path = self
            .backup_dir()
            .join(format!("{AUTO_PREFIX}{today}.sqlite3"));
        let made = if path.exists() {
            None
        } else {
            self.backup_to(&path)?;
            Some(path)
        };
        let days: Vec<NaiveDate> = self
            .backups()?
            .iter()
            .filter_map(|b| auto_day(Path::new(&b.path)))
            .collect();
        for day in rotation::to_delete(&days) {
            let old = self
                .backup_dir()
                .join(format!("{AUTO_PREFIX}{day}.sqlite3"));
            fs::remove_file(&old).map_err(|e| io("Removing the old backup", &old, e))?;
        }
        Ok(made)
    }

    /// The backups in the data folder, newest name first.
    pub fn backups(&self) -> Result<Vec<BackupFile>> {
        list(&self.backup_dir())
    }

    /// Puts `backup` in place of this journal (see [`restore`]) and opens it; answers where
    /// the journal it replaced is kept.
    pub fn restore_backup(&mut self, backup: &Path, stamp: &str) -> Result<Option<PathBuf>> {
        let dir = self.path.parent().unwrap_or(Path::new(".")).to_path_buf();
        let key = self.key.clone();
        let mut aside = None;
        self.reopen_after(key.clone(), || {
            aside = restore(&dir, backup, stamp, key.as_ref())?;
            Ok(())
        })?;
        Ok(aside)
    }
}

/// The newest backup in `data_dir` (by when it was written) that is a whole journal opening
/// with `key`: the one to offer when the journal itself is damaged.
pub fn latest_good(data_dir: &Path, key: Option<&DbKey>) -> Option<BackupFile> {
    // Ordered by the files' own write times (metadata, not a reading of the clock).
    let mut all: Vec<(_, BackupFile)> = list(&data_dir.join(BACKUP_DIR))
        .ok()?
        .into_iter()
        .filter_map(|b| {
            let written = fs::metadata(&b.path).and_then(|m| m.modified()).ok()?;
            Some((written, b))
        })
        .collect();
    all.sort_by_key(|(written, _)| std::cmp::Reverse(*written));
    all.into_iter()
        .map(|(_, b)| b)
        .find(|b| check(Path::new(&b.path), key).is_ok())
}

/// The backups in `dir`, newest name first.
fn list(dir: &Path) -> Result<Vec<BackupFile>> {
    let Ok(read) = fs::read_dir(dir) else {
        return Ok(Vec::new());
    };
    let mut out: Vec<BackupFile> = read
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".sqlite3"))
        .map(|e| BackupFile {
            automatic: e.file_name().to_string_lossy().starts_with(AUTO_PREFIX),
            bytes: e.metadata().map(|m| m.len()).unwrap_or(0),
            path: e.path().display().to_string(),
        })
        .collect();
    out.sort_by(|a, b| b.path.cmp(&a.path));
    Ok(out)
}

/// A copy of the journal at `db` as `kept`: through the backup API when it opens (everything
/// its WAL holds goes in, and the WAL is emptied), else its bytes and its WAL's as they are, so
/// a damaged journal is kept exactly as it was found.
fn keep_aside(db: &Path, kept: &Path, key: Option<&DbKey>) -> Result<()> {
    let copied = connect(db, key, OpenFlags::default()).and_then(|current| {
        current.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        copy(&current, kept, key)
    });
    if copied.is_ok() {
        return Ok(());
    }
    for side in ["", "-wal"] {
        let from = PathBuf::from(format!("{}{side}", db.display()));
        if from.exists() {
            let to = PathBuf::from(format!("{}{side}", kept.display()));
            fs::copy(&from, &to).map_err(|e| io("Keeping a copy of", &from, e))?;
            sync(&to)?;
        }
    }
    Ok(())
}

fn auto_day(path: &Path) -> Option<NaiveDate> {
    let name = path.file_name()?.to_str()?;
    let day = name.strip_prefix(AUTO_PREFIX)?.strip_suffix(".sqlite3")?;
    NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
}

/// Puts `backup` in place of the journal in `data_dir` (no store may have it open); `key` is
/// the journal's, when it is encrypted. The backup is checked first (a plaintext one is
/// encrypted on the way in); the journal it replaces is copied to
/// `waypoint.sqlite3.replaced-STAMP` (answered) before the backup's copy is renamed over it.
pub fn restore(
    data_dir: &Path,
    backup: &Path,
    stamp: &str,
    key: Option<&DbKey>,
) -> Result<Option<PathBuf>> {
    let backup_key = match (is_encrypted(backup)?, key) {
        (true, None) => {
            return Err(Error::invalid(format!(
                "{} is not a Waypoint backup that can be restored: it is not a database, or it \
                 is encrypted with a key this journal no longer has. Nothing was changed.",
                backup.display()
            )))
        }
        (true, Some(key)) => Some(key),
        (false, _) => None,
    };
    check(backup, backup_key)?;
    let db = data_dir.join(DATABASE_FILE);
    let incoming = data_dir.join(format!("{DATABASE_FILE}.restoring"));
    if backup_key.is_none() && key.is_some() {
        super::encryption::export(backup, None, &incoming, key)?;
    } else {
        copy(
            &connect(backup, key, OpenFlags::SQLITE_OPEN_READ_ONLY)?,
            &incoming,
            key,
        )?;
    }
    let mut aside = None;
    if db.exists() {
        let kept = data_dir.join(format!("{DATABASE_FILE}.replaced-{stamp}"));
        keep_aside(&db, &kept, key)?;
        for side in ["-wal", "-shm"] {
            let p = data_dir.join(format!("{DATABASE_FILE}{side}"));
            if p.exists() {
                fs::remove_file(&p).map_err(|e| io("Removing", &p, e))?;
            }
        }
        aside = Some(kept);
    }
    fs::rename(&incoming, &db).map_err(|e| io("Renaming the restored journal to", &db, e))?;
    sync(&db)?;
    Ok(aside)
}
