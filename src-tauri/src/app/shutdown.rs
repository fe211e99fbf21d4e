//! Closing without losing a word. When the window is closed or the process is asked to stop
//! (SIGTERM at logout, SIGINT, SIGHUP), the UI is told to save what is pending; the app exits
//! once it answers `flush_done`, or after a grace period if it cannot.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::Duration;

use tauri::{AppHandle, Emitter, Manager, Runtime};

/// The event the UI listens for; it must save and then call `flush_done`.
pub const FLUSH_EVENT: &str = "waypoint://flush-request";

/// Long enough for a save on a slow disk, short enough that a stuck UI cannot hold shutdown.
const GRACE: Duration = Duration::from_secs(3);

#[derive(Default)]
pub struct Shutdown {
    requested: AtomicBool,
    flushed: Mutex<bool>,
    answered: Condvar,
}

/// Starts the flush-then-exit sequence once; later calls do nothing.
pub fn request<R: Runtime>(app: &AppHandle<R>) {
    let state = app.state::<Shutdown>();
    if state.requested.swap(true, Ordering::SeqCst) {
        return;
    }
    let app = app.clone();
    std::thread::spawn(move || {
        if app.emit(FLUSH_EVENT, ()).is_ok() {
            let state = app.state::<Shutdown>();
            let flushed = state.flushed.lock().unwrap_or_else(|e| e.into_inner());
            // Wakes on `flush_done`; a timeout just means the UI could not answer.
            let _ = state
                .answered
                .wait_timeout_while(flushed, GRACE, |done| !*done);
        }
        app.exit(0);
    });
}

/// Called by the UI once pending edits are saved.
#[tauri::command]
#[specta::specta]
pub fn flush_done(state: tauri::State<'_, Shutdown>) {
    *state.flushed.lock().unwrap_or_else(|e| e.into_inner()) = true;
    state.answered.notify_all();
}

/// Turns SIGTERM/SIGINT/SIGHUP into the same orderly close as the window's close button.
pub fn listen_for_signals<R: Runtime>(app: &AppHandle<R>) -> std::io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP])?;
    let app = app.clone();
    std::thread::spawn(move || {
        if signals.forever().next().is_some() {
            request(&app);
        }
    });
    Ok(())
}
