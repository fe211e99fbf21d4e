//! Backups through SQLite's backup API (never a file copy: the WAL holds recent writes beside
//! the file), each written to a temporary file, checked, fsynced and renamed into `backups/` in
//! the data folder. Automatic ones, one a day, are thinned by `rotation`; a restore checks the
//! backup first, keeps a copy of the journal it replaces, and swaps the file in with a rename,
//! so a crash at any moment leaves the old journal or the new one.

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use specta::Type;

use super::rotation;
use super::Store;
use crate::error::{Error, Result};
use crate::paths::DATABASE_FILE;

/// The folder in the data folder that holds backups.
pub const BACKUP_DIR: &str = "backups";
const AUTO_PREFIX: &str = "auto-";

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct BackupFile {
    pub path: String,
    /// Made automatically (one a day, thinned) or on request (kept until deleted by hand).
    pub automatic: bool,
    pub bytes: u64,
}

fn io(what: &str, path: &Path, e: std::io::Error) -> Error {
    Error::storage(format!(
        "{what} {} failed: {e}. Check that the disk has room and can be written to.",
        path.display()
    ))
}

/// `name` with `.partial` added, beside it: where a file is written before it is renamed in.
fn partial(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".partial");
    path.with_file_name(name)
}

/// Flushes a file, then its folder (so the rename itself survives a power cut).
fn sync(path: &Path) -> Result<()> {
    File::open(path)
        .and_then(|f| f.sync_all())
        .map_err(|e| io("Flushing", path, e))?;
    if let Some(dir) = path.parent() {
        File::open(dir)
            .and_then(|f| f.sync_all())
            .map_err(|e| io("Flushing the folder of", path, e))?;
    }
    Ok(())
}

/// Copies the database behind `from` into a new file at `to` (replacing it whole).
fn copy(from: &Connection, to: &Path) -> Result<()> {
    let temp = partial(to);
    let _ = fs::remove_file(&temp);
    {
        let mut dst = Connection::open(&temp)?;
        rusqlite::backup::Backup::new(from, &mut dst)?.run_to_completion(
            1024,
            Duration::ZERO,
            None,
        )?;
        dst.pragma_update(None, "journal_mode", "DELETE")?;
    }
    check(&temp).inspect_err(|_| {
        let _ = fs::remove_file(&temp);
    })?;
    sync(&temp)?;
    fs::rename(&temp, to).map_err(|e| io("Renaming", to, e))?;
    sync(to)
}

/// That the file at `path` is a whole Waypoint journal this version can open.
pub fn check(path: &Path) -> Result<()> {
    let bad = |why: String| {
        Error::invalid(format!(
            "{} is not a Waypoint backup that can be restored: {why}",
            path.display()
        ))
    };
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| bad(e.to_string()))?;
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
        copy(&self.conn, path)
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
        let dir = self.backup_dir();
        let Ok(read) = fs::read_dir(&dir) else {
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
}

fn auto_day(path: &Path) -> Option<NaiveDate> {
    let name = path.file_name()?.to_str()?;
    let day = name.strip_prefix(AUTO_PREFIX)?.strip_suffix(".sqlite3")?;
    NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
}

/// Puts `backup` in place of the journal in `data_dir` (no store may have it open). The backup
/// is checked first; the journal it replaces is copied to `waypoint.sqlite3.replaced-STAMP`
/// (answered) before the backup's copy is renamed over it.
pub fn restore(data_dir: &Path, backup: &Path, stamp: &str) -> Result<Option<PathBuf>> {
    check(backup)?;
    let db = data_dir.join(DATABASE_FILE);
    let incoming = data_dir.join(format!("{DATABASE_FILE}.restoring"));
    copy(
        &Connection::open_with_flags(backup, OpenFlags::SQLITE_OPEN_READ_ONLY)?,
        &incoming,
    )?;
    let mut aside = None;
    if db.exists() {
        let kept = data_dir.join(format!("{DATABASE_FILE}.replaced-{stamp}"));
        {
            let current = Connection::open(&db)?;
            // Everything the WAL holds goes into the copy, and the WAL is emptied, so the files
            // beside the journal belong to no one when the new one takes its place.
            current.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
            copy(&current, &kept)?;
        }
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
