//! The desktop app: one per journal, opens the store once, registers commands, wires up the
//! close protocol.

use std::path::PathBuf;
use std::sync::Arc;

use tauri::webview::WebviewWindowBuilder;
use tauri::{App, Manager, WindowEvent};

use crate::commands;
use crate::links;
use crate::one_instance;
use crate::reminders::{self, Reminders};
use crate::shutdown::{self, Shutdown};
use crate::vault::{self, Vault};

pub fn run(data_dir: PathBuf) {
    let context = tauri::generate_context!();
    let contract = commands::contract();
    let result = tauri::Builder::default()
        .plugin(one_instance::plugin(&context.config().identifier, &data_dir))
        .plugin(tauri_plugin_dialog::init())
        // Size, position and maximised state are restored as the window is built, and saved
        // as the app exits (`shutdown::request` ends in `exit`, which the plugin sees).
        .plugin(
            tauri_plugin_window_state::Builder::new()
                .with_state_flags(remembered())
                .build(),
        )
        .manage(Shutdown::default())
        .manage(Reminders::default())
        .setup(move |app| {
            // Opened here, once the plugin above has let this instance go on.
            let vault = Vault::at_start(&data_dir);
            if let Err(e) = vault.state() {
                eprintln!("waypoint: {}", e.message);
            }
            vault::daily_backup(Arc::clone(&vault));
            app.manage(vault);
            vault::watch_idle(app.handle());
            reminders::start(app.handle());
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
        .run(context);
    if let Err(e) = result {
        eprintln!("waypoint: the window could not be started: {e}");
        std::process::exit(1);
    }
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

/// What the window keeps across starts. Not its visibility or decorations: it always opens shown,
/// with its frame.
fn remembered() -> tauri_plugin_window_state::StateFlags {
    use tauri_plugin_window_state::StateFlags;
    StateFlags::SIZE | StateFlags::POSITION | StateFlags::MAXIMIZED
}
