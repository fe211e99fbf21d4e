//! Turning encryption on and off, and changing the passphrase. A conversion writes the whole
//! database anew into a temporary file (`sqlcipher_export`, with `user_version`, which the
//! export does not copy), checks and flushes it, and renames it over the journal: a SIGKILL at
//! any moment leaves the old database or the new one. The key file is written before an
//! encryption and removed after a decryption, so whichever database is there can be opened;
//! whether the journal is encrypted is read from the database's own header.
//!
//! Backups follow the journal (encrypted with its key, or decrypted with it) so no readable
//! copy is left behind; one that a crash left in the old form is converted by the next
//! [`Store::encrypt_leftover_backups`].

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::cipher::{attach, connect, is_encrypted, DbKey};
use super::durable::{io, partial, rename_in, sync};
use super::keyfile::{self, check_passphrase, KdfParams, KEY_FILE};
use super::{backup, Store};
use crate::error::{Error, Problems, Result};
use crate::paths::DATABASE_FILE;

/// What the window shows first: the journal, the unlock screen, or the recovery screen.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, specta::Type)]
pub struct LockState {
    /// A passphrase protects the journal.
    pub encrypted: bool,
    /// It is locked now: nothing can be read or written until it is unlocked.
    pub locked: bool,
    /// The journal could not be opened, or failed its check after an unclean end.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[specta(optional)]
    pub damaged: Option<Damage>,
}

/// Why the journal cannot be used, and the backup that can take its place.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, specta::Type)]
pub struct Damage {
    pub problem: String,
    /// The newest backup that is whole, if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[specta(optional)]
    pub backup: Option<backup::BackupFile>,
}

impl LockState {
    pub fn of(store: &Store) -> Self {
        Self {
            encrypted: store.is_encrypted(),
            locked: false,
            damaged: None,
        }
    }

    pub fn locked() -> Self {
        Self {
            encrypted: true,
            locked: true,
            damaged: None,
        }
    }

    /// A journal in `data_dir` that failed to open with `problem`; `key` is the one it was
    /// unlocked with when it is encrypted (its backups are checked with it).
    pub fn damaged(data_dir: &Path, problem: &Error, key: Option<&DbKey>) -> Self {
        Self {
            encrypted: key.is_some(),
            locked: false,
            damaged: Some(Damage {
                problem: problem.message.clone(),
                backup: backup::latest_good(data_dir, key),
            }),
        }
    }
}

/// What every command that needs the journal answers while it is locked.
pub fn refused_while_locked() -> Error {
    Error::locked("Waypoint is locked: unlock it with your passphrase.")
}

/// Whether the journal in `data_dir` is encrypted (and so needs its passphrase to open): its
/// header is not SQLite's and its key file is there. Without a key file such a file is
/// damaged, and opening it says so.
pub fn journal_is_encrypted(data_dir: &Path) -> Result<bool> {
    Ok(is_encrypted(&data_dir.join(DATABASE_FILE))? && data_dir.join(KEY_FILE).exists())
}

/// Rejects a new passphrase and its confirmation, every problem at once.
pub fn check_new_passphrase(passphrase: &str, confirmation: &str) -> Result<()> {
    let mut problems = Problems::default();
    problems.check("passphrase", check_passphrase(passphrase, "passphrase"));
    if passphrase != confirmation {
        problems.add(
            "confirmation",
            "The two passphrases differ: type the same one in both fields.",
        );
    }
    problems.finish_saying("nothing was changed")
}

/// The journal's key, from its passphrase (a wrong one is an error about `field`).
pub fn unlock_key(data_dir: &Path, passphrase: &str, field: &str) -> Result<DbKey> {
    keyfile::read(data_dir, passphrase, field)
}

impl Store {
    fn data_dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    /// Encrypts the journal with a new random key, wrapped with `passphrase`, and its backups
    /// with it. No other connection may have the journal open.
    pub fn set_passphrase(
        &mut self,
        passphrase: &str,
        confirmation: &str,
        kdf: KdfParams,
    ) -> Result<()> {
        check_new_passphrase(passphrase, confirmation)?;
        if self.key.is_some() {
            return Err(Error::invalid(
                "The journal is already encrypted; change its passphrase instead.",
            ));
        }
        let key = DbKey::random()?;
        let dir = self.data_dir().to_path_buf();
        keyfile::write(&dir, &key, passphrase, kdf)?;
        self.reopen_after(Some(key.clone()), || {
            replace(&self_path(&dir), None, Some(&key))?;
            convert_backups(&dir, None, Some(&key)).map(drop)
        })
    }

    /// Decrypts the journal and its backups and removes the key file; `current` must be the
    /// passphrase (someone at an unlocked screen cannot undo the encryption).
    pub fn remove_passphrase(&mut self, current: &str) -> Result<()> {
        if self.key.is_none() {
            return Err(Error::invalid("The journal is not encrypted."));
        }
        let dir = self.data_dir().to_path_buf();
        let key = keyfile::read(&dir, current, "current")?;
        self.reopen_after(None, || {
            convert_backups(&dir, Some(&key), None)?;
            replace(&self_path(&dir), Some(&key), None)?;
            let key_file = dir.join(KEY_FILE);
            fs::remove_file(&key_file).map_err(|e| io("Removing", &key_file, e))?;
            sync(&dir)
        })
    }

    /// Wraps the journal's key with a new passphrase. The database is not touched.
    pub fn change_passphrase(
        &self,
        current: &str,
        passphrase: &str,
        confirmation: &str,
        kdf: KdfParams,
    ) -> Result<()> {
        check_new_passphrase(passphrase, confirmation)?;
        if self.key.is_none() {
            return Err(Error::invalid(
                "The journal is not encrypted: set a passphrase first.",
            ));
        }
        let dir = self.data_dir();
        let key = keyfile::read(dir, current, "current")?;
        keyfile::write(dir, &key, passphrase, kdf)
    }

    /// Closes the connection, runs `convert`, and opens the journal again, with whichever
    /// key the file now needs: `key` (the new one) or the one it had, or none.
    pub(super) fn reopen_after(
        &mut self,
        key: Option<DbKey>,
        convert: impl FnOnce() -> Result<()>,
    ) -> Result<()> {
        drop(std::mem::replace(
            &mut self.conn,
            Connection::open_in_memory()?,
        ));
        let outcome = convert();
        let key = if is_encrypted(&self.path)? {
            key.or(self.key.take())
        } else {
            None
        };
        self.conn = super::connect_migrated(&self.path, key.as_ref())?;
        self.key = key;
        outcome
    }
}

fn self_path(dir: &Path) -> PathBuf {
    dir.join(DATABASE_FILE)
}

/// Writes the database at `from` (read with `from_key`) into a new file at `to` (written with
/// `to_key`), checked and flushed; `to` is not there until it is whole.
pub(crate) fn export(
    from: &Path,
    from_key: Option<&DbKey>,
    to: &Path,
    to_key: Option<&DbKey>,
) -> Result<()> {
    let temp = partial(to);
    let _ = fs::remove_file(&temp);
    {
        // Read-write, so that closing it (the last connection) folds the WAL in and removes
        // the files beside `from`: none may be left beside a file renamed over it.
        let conn = connect(from, from_key, OpenFlags::default())?;
        attach(&conn, &temp, "converted", to_key)?;
        conn.query_row("SELECT sqlcipher_export('converted')", [], |_| Ok(()))?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        conn.execute_batch(&format!(
            "PRAGMA converted.user_version = {version}; DETACH DATABASE converted;"
        ))?;
    }
    backup::check(&temp, to_key).inspect_err(|_| {
        let _ = fs::remove_file(&temp);
    })?;
    sync(&temp)?;
    rename_in(&temp, to)
}

/// Converts the journal file itself, in place, once no one else has it open.
fn replace(db: &Path, from_key: Option<&DbKey>, to_key: Option<&DbKey>) -> Result<()> {
    {
        // Everything the WAL holds goes into the file; closing this, the last connection,
        // removes the WAL. A WAL still there means another process has the journal open.
        let conn = connect(db, from_key, OpenFlags::default())?;
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    }
    let mut wal = db.as_os_str().to_os_string();
    wal.push("-wal");
    if Path::new(&wal).exists() {
        return Err(Error::storage(
            "Another Waypoint has the journal open (the app, or a command still running). Close \
             it and try again; nothing was changed.",
        ));
    }
    export(db, from_key, db, to_key)
}

/// Every backup, and every journal a restore kept aside, in the form the journal is in.
/// A file already in that form, or encrypted with a key not at hand, is left as it is.
fn convert_backups(
    data_dir: &Path,
    from_key: Option<&DbKey>,
    to_key: Option<&DbKey>,
) -> Result<usize> {
    let mut converted = 0;
    for file in journal_copies(data_dir) {
        let encrypted = is_encrypted(&file)?;
        let wanted = to_key.is_some();
        if encrypted == wanted || (encrypted && from_key.is_none()) {
            continue;
        }
        let from = if encrypted { from_key } else { None };
        export(&file, from, &file, to_key)?;
        converted += 1;
    }
    Ok(converted)
}

/// The backups and the journals kept aside by restores, in `data_dir`.
fn journal_copies(data_dir: &Path) -> Vec<PathBuf> {
    let listed = |dir: &Path, keep: &dyn Fn(&str) -> bool| -> Vec<PathBuf> {
        fs::read_dir(dir)
            .map(|read| {
                read.filter_map(|e| e.ok())
                    .filter(|e| keep(&e.file_name().to_string_lossy()))
                    .map(|e| e.path())
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut files = listed(&data_dir.join(backup::BACKUP_DIR), &|n| {
        n.ends_with(".sqlite3")
    });
    files.extend(listed(data_dir, &|n| {
        n.starts_with(&format!("{DATABASE_FILE}.replaced-")) && !n.ends_with(".partial")
    }));
    files
}

impl Store {
    /// Encrypts the backups a crash left readable (after an interrupted encryption or
    /// decryption); answers how many.
    pub fn encrypt_leftover_backups(&self) -> Result<usize> {
        match (&self.key, self.path.parent()) {
            (Some(key), Some(dir)) => convert_backups(dir, None, Some(key)),
            _ => Ok(0),
        }
    }
}
