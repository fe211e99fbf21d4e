//! "Save what you have, then tell me": the window is asked (an event) to save pending edits
//! and answers with a command; the Rust side waits for the answer, or for a grace period if
//! the page cannot answer. Closing the app and locking it both start with one.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::Duration;

use tauri::{AppHandle, Emitter, Runtime};

/// Long enough for a save on a slow disk, short enough that a stuck page cannot hold it up.
pub const GRACE: Duration = Duration::from_secs(3);

#[derive(Default)]
pub struct Handshake {
    running: AtomicBool,
    answered: Mutex<bool>,
    wake: Condvar,
}

impl Handshake {
    /// Emits `event` and waits for [`Handshake::answer`] (or the grace period). Answers false,
    /// without waiting, when one is already under way.
    pub fn ask<R: Runtime>(&self, app: &AppHandle<R>, event: &str) -> bool {
        if self.running.swap(true, Ordering::SeqCst) {
            return false;
        }
        *self.answered.lock().unwrap_or_else(|e| e.into_inner()) = false;
        if app.emit(event, ()).is_ok() {
            let answered = self.answered.lock().unwrap_or_else(|e| e.into_inner());
            // Wakes on the answer; a timeout just means the page could not answer.
            let _ = self.wake.wait_timeout_while(answered, GRACE, |done| !*done);
        }
        true
    }

    /// Lets the next [`Handshake::ask`] run (a lock can be asked for again; a close cannot).
    pub fn finish(&self) {
        self.running.store(false, Ordering::SeqCst);
    }

    /// The page's answer: pending edits are saved.
    pub fn answer(&self) {
        *self.answered.lock().unwrap_or_else(|e| e.into_inner()) = true;
        self.wake.notify_all();
    }
}
