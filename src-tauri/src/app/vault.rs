//! The journal as the window holds it: open, locked (an encrypted journal before it is
//! unlocked, or after it was locked), or failed to open. Locking drops the store, and with it
//! the key, which wipes itself from memory; every command then gets a `Locked` error. A lock
//! (on request, or after the idle time) first has the page save what is being typed, then
//! tells the page to reload, so it holds no journal data either.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use tauri::{AppHandle, Emitter, Manager, Runtime};
use waypoint_core::store::encryption::{journal_is_encrypted, refused_while_locked, LockState};
use waypoint_core::store::{backup, DbKey};
use waypoint_core::{Error, Store};

use crate::handshake::Handshake;

/// Asks the page to save pending edits before the lock; it answers `lock_ready`.
pub const LOCK_EVENT: &str = "waypoint://lock-request";
/// Tells the page the journal is locked: it reloads into the unlock screen.
pub const LOCKED_EVENT: &str = "waypoint://locked";
/// Overrides the idle time, in seconds (tests; a kiosk).
pub const AUTO_LOCK_ENV: &str = "WAYPOINT_AUTO_LOCK_SECONDS";

pub enum Journal {
    Open(Store),
    Locked,
    /// It did not open, or failed its check; an encrypted one keeps the key it was unlocked
    /// with, so its backups can be checked and one restored.
    Failed(Error, Option<DbKey>),
}

impl Journal {
    /// The journal in `data_dir`, opened as the app starts or unlocks (quick-checked after an
    /// unclean end; a damaged one is `Failed`, and left as it is).
    fn opened(data_dir: &Path, key: Option<DbKey>) -> Journal {
        match Store::open_at_start(data_dir, key.clone(), Box::new(crate::clock::SystemClock)) {
            Ok(store) => Journal::Open(store),
            Err(e) => Journal::Failed(e, key),
        }
    }
}

pub struct Vault {
    pub journal: Mutex<Journal>,
    pub data_dir: PathBuf,
    /// When the user last pressed a key or clicked (`still_here`), or unlocked.
    last_seen: Mutex<Instant>,
    /// Seconds of no use before locking; 0 never.
    idle_limit: AtomicU64,
    /// The idle time from the environment, which wins over the setting.
    idle_override: Option<u64>,
    saving: Handshake,
}

impl Vault {
    /// The journal in `data_dir` as the app starts: locked when it is encrypted.
    pub fn at_start(data_dir: &Path) -> Arc<Vault> {
        let journal = match journal_is_encrypted(data_dir) {
            Ok(true) => Journal::Locked,
            Ok(false) => match Store::open_in_dir(data_dir, Box::new(crate::clock::SystemClock)) {
                Ok(store) => Journal::Open(store),
                Err(e) => Journal::Failed(e, None),
            },
            Err(e) => Journal::Failed(e, None),
        };
        let idle_override = std::env::var(AUTO_LOCK_ENV)
            .ok()
            .and_then(|v| v.parse().ok());
        let vault = Arc::new(Vault {
            journal: Mutex::new(journal),
            data_dir: data_dir.to_path_buf(),
            last_seen: Mutex::new(Instant::now()),
            idle_limit: AtomicU64::new(0),
            idle_override,
            saving: Handshake::default(),
        });
        vault.opened();
        vault
    }

    pub fn journal(&self) -> Result<MutexGuard<'_, Journal>, Error> {
        self.journal.lock().map_err(|_| {
            Error::storage(
                "The database is unavailable after an earlier failure. Restart Waypoint.",
            )
        })
    }

    pub fn state(&self) -> Result<LockState, Error> {
        match &*self.journal()? {
            Journal::Open(store) => Ok(LockState::of(store)),
            Journal::Locked => Ok(LockState::locked()),
            Journal::Failed(e, key) => Ok(LockState::damaged(&self.data_dir, e, key.as_ref())),
        }
    }

    /// Unlocks with `passphrase` (a tenth of a second: the key derivation is slow on purpose).
    pub fn unlock(&self, passphrase: &str) -> Result<LockState, Error> {
        let mut journal = self.journal()?;
        if let Journal::Locked = *journal {
            // A wrong passphrase leaves it locked; a damaged journal is said on the screen.
            let key = waypoint_core::store::encryption::unlock_key(
                &self.data_dir,
                passphrase,
                "passphrase",
            )?;
            *journal = Journal::opened(&self.data_dir, Some(key));
        }
        drop(journal);
        self.opened();
        self.state()
    }

    /// Puts `path` in place of the journal and opens it; answers where the journal it
    /// replaced is kept. A damaged journal can be replaced too (it is kept as it was).
    pub fn restore(&self, path: &Path, stamp: &str) -> Result<Option<PathBuf>, Error> {
        let mut journal = self.journal()?;
        let kept = match &mut *journal {
            Journal::Open(store) => store.restore_backup(path, stamp)?,
            Journal::Locked => return Err(refused_while_locked()),
            Journal::Failed(_, key) => {
                let key = key.clone();
                let kept = backup::restore(&self.data_dir, path, stamp, key.as_ref())?;
                *journal = Journal::opened(&self.data_dir, key);
                kept
            }
        };
        drop(journal);
        self.opened();
        Ok(kept)
    }

    /// After the journal opened or unlocked: the idle clock restarts from now, with the idle
    /// time the journal's settings give.
    fn opened(&self) {
        self.still_here();
        if let Ok(Journal::Open(store)) = self.journal().as_deref() {
            let minutes = store
                .lock_settings()
                .map(|s| s.auto_lock_minutes)
                .unwrap_or_default();
            self.set_idle_minutes(minutes);
        }
    }

    pub fn set_idle_minutes(&self, minutes: u32) {
        let seconds = self.idle_override.unwrap_or(u64::from(minutes) * 60);
        self.idle_limit.store(seconds, Ordering::SeqCst);
    }

    pub fn still_here(&self) {
        *self.last_seen.lock().unwrap_or_else(|e| e.into_inner()) = Instant::now();
    }

    fn idle_for(&self) -> Duration {
        self.last_seen
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .elapsed()
    }

    fn is_open_and_encrypted(&self) -> bool {
        matches!(self.journal().as_deref(), Ok(Journal::Open(s)) if s.is_encrypted())
    }

    /// The page's answer to [`LOCK_EVENT`].
    pub fn ready_to_lock(&self) {
        self.saving.answer();
    }
}

/// Locks an encrypted journal: the page saves first (or the grace period passes), then the
/// store and its key are dropped and the page is told. A plaintext journal is not locked.
pub fn request_lock<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    std::thread::spawn(move || {
        let vault = Arc::clone(&app.state::<Arc<Vault>>());
        if !vault.is_open_and_encrypted() || !vault.saving.ask(&app, LOCK_EVENT) {
            return;
        }
        if let Ok(mut journal) = vault.journal() {
            if matches!(&*journal, Journal::Open(s) if s.is_encrypted()) {
                *journal = Journal::Locked;
            }
        }
        vault.saving.finish();
        let _ = app.emit(LOCKED_EVENT, ());
    });
}

/// Watches the idle time once a second and locks when it runs out.
pub fn watch_idle<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    std::thread::spawn(move || loop {
        // A timer, not a wait for something: the idle time is checked each second.
        std::thread::sleep(Duration::from_secs(1));
        let vault = Arc::clone(&app.state::<Arc<Vault>>());
        let limit = vault.idle_limit.load(Ordering::SeqCst);
        if limit > 0
            && vault.idle_for() >= Duration::from_secs(limit)
            && vault.is_open_and_encrypted()
        {
            request_lock(&app);
        }
    });
}

/// Today's automatic backup, off the window's thread (a command waits for the journal
/// meanwhile, once a day); a failure is reported and never stops the app.
pub fn daily_backup(vault: Arc<Vault>) {
    std::thread::spawn(move || {
        let Ok(journal) = vault.journal() else { return };
        if let Journal::Open(store) = &*journal {
            if let Err(e) = store.automatic_backup(crate::clock::today()) {
                eprintln!("waypoint: today's backup was not made: {}", e.message);
            }
        }
    });
}
