//! The desktop app: opens the store once, registers commands, wires up the close protocol.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use tauri::{Manager, WindowEvent};
use waypoint_core::Store;

use crate::commands::{self, AppState};
use crate::shutdown::{self, Shutdown};

pub fn run(data_dir: PathBuf) {
    let store = Store::open_in_dir(&data_dir, Box::new(crate::clock::SystemClock))
        .map(|s| Arc::new(Mutex::new(s)));
    if let Err(e) = &store {
        eprintln!("waypoint: {}", e.message);
    }
    let contract = commands::contract();
    let result = tauri::Builder::default()
        .manage(AppState { store })
        .manage(Shutdown::default())
        .setup(|app| {
            if let Err(e) = shutdown::listen_for_signals(app.handle()) {
                eprintln!("waypoint: cannot watch for shutdown signals ({e}); closing the window still saves");
            }
            Ok(())
        })
        .on_window_event(|window, event| {
            // The window stays until the UI has saved; `shutdown::request` then exits the app.
            if let WindowEvent::CloseRequested { api, .. } = event {
                api.prevent_close();
                shutdown::request(window.app_handle());
            }
        })
        .invoke_handler(contract.invoke_handler())
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("waypoint: the window could not be started: {e}");
        std::process::exit(1);
    }
}
