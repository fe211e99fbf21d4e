//! The desktop app: opens the store once, registers commands, wires up the close protocol.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use tauri::webview::WebviewWindowBuilder;
use tauri::{App, Manager, WindowEvent};
use waypoint_core::Store;

use crate::commands::{self, AppState};
use crate::links;
use crate::shutdown::{self, Shutdown};

pub fn run(data_dir: PathBuf) {
    let store = Store::open_in_dir(&data_dir, Box::new(crate::clock::SystemClock))
        .map(|s| Arc::new(Mutex::new(s)));
    match &store {
        Err(e) => eprintln!("waypoint: {}", e.message),
        Ok(store) => daily_backup(Arc::clone(store)),
    }
    let contract = commands::contract();
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(AppState { store })
        .manage(Shutdown::default())
        .setup(|app| {
            if let Err(e) = shutdown::listen_for_signals(app.handle()) {
                eprintln!("waypoint: cannot watch for shutdown signals ({e}); closing the window still saves");
            }
            open_main_window(app)
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

/// Today's automatic backup, off the window's thread (a command waits for the store meanwhile,
/// once a day); a failure is reported and never stops the app.
fn daily_backup(store: Arc<Mutex<Store>>) {
    std::thread::spawn(move || {
        let Ok(store) = store.lock() else { return };
        if let Err(e) = store.automatic_backup(crate::clock::today()) {
            eprintln!("waypoint: today's backup was not made: {}", e.message);
        }
    });
}

/// The window `tauri.conf.json` describes (`create: false` there), built here so it gets the
/// navigation guards: a config-created window cannot have them.
fn open_main_window(app: &mut App) -> Result<(), Box<dyn std::error::Error>> {
    let config = app
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == "main")
        .cloned()
        .ok_or("tauri.conf.json describes no window labelled \"main\"")?;
    links::keep_in_app(
        WebviewWindowBuilder::from_config(app, &config)?,
        app.handle(),
    )
    .build()?;
    Ok(())
}
