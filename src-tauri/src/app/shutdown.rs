//! Closing without losing a word. When the window is closed or the process is asked to stop
//! (SIGTERM at logout, SIGINT, SIGHUP), the UI is told to save what is pending; the app exits
//! once it answers `flush_done`, or after a grace period if it cannot.

use tauri::{AppHandle, Manager, Runtime};

use crate::handshake::Handshake;

/// The event the UI listens for; it must save and then call `flush_done`.
pub const FLUSH_EVENT: &str = "waypoint://flush-request";

#[derive(Default)]
pub struct Shutdown(Handshake);

/// Starts the flush-then-exit sequence once; later calls do nothing.
pub fn request<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    std::thread::spawn(move || {
        if app.state::<Shutdown>().0.ask(&app, FLUSH_EVENT) {
            app.exit(0);
        }
    });
}

/// Called by the UI once pending edits are saved.
#[tauri::command]
#[specta::specta]
pub fn flush_done(state: tauri::State<'_, Shutdown>) {
    state.0.answer();
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
