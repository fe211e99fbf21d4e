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
        .invoke_handler(tauri::generate_handler![
            commands::journal::get_settings,
            commands::journal::save_settings,
            commands::journal::find_entries,
            commands::journal::list_trash,
            commands::journal::journal_counts,
            commands::journal::get_entry,
            commands::journal::create_entry,
            commands::journal::update_entry,
            commands::journal::set_starred,
            commands::journal::trash_entry,
            commands::journal::restore_entry,
            commands::journal::empty_trash,
            commands::journal::list_tags,
            commands::journal::render_markdown,
            commands::plan::list_plans,
            commands::plan::get_plan,
            commands::plan::create_plan,
            commands::plan::rename_plan,
            commands::plan::set_plan_archived,
            commands::plan::update_quarter,
            commands::plan::add_milestone,
            commands::plan::update_milestone,
            commands::plan::set_milestone_status,
            commands::plan::move_milestone,
            commands::plan::remove_milestone,
            commands::plan::restore_milestone,
            commands::plan::link_evidence,
            commands::plan::unlink_evidence,
            commands::plan::milestones_for_entry,
            commands::plan::milestone_choices,
            commands::plan::start_retrospective,
            commands::competency::competency_overview,
            commands::competency::save_competency_profile,
            commands::competency::add_competency,
            commands::competency::update_competency,
            commands::competency::set_competency_archived,
            commands::competency::record_self_review,
            commands::home::dashboard,
            commands::home::suggest_prompts,
            commands::home::list_prompts,
            commands::home::add_prompt,
            commands::home::update_prompt,
            commands::home::set_prompt_hidden,
            commands::workload::work_settings,
            commands::workload::save_work_settings,
            commands::workload::save_checkin,
            commands::workload::checkin_due,
            commands::workload::load_overview,
            commands::workload::week_detail,
            commands::workload::stress_days,
            commands::workload::import_calendar,
            commands::workload::calendar_sources,
            commands::workload::remove_calendar_source,
            shutdown::flush_done,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("waypoint: the window could not be started: {e}");
        std::process::exit(1);
    }
}
