//! App settings commands: theme, editor preview, and where the app reopens.

use tauri::State;
use waypoint_core::place::Place;
use waypoint_core::settings::Settings;

use super::{with_store, AppState, CmdResult};

#[tauri::command]
#[specta::specta]
pub async fn settings(state: State<'_, AppState>) -> CmdResult<Settings> {
    with_store(state, |s| s.settings()).await
}

#[tauri::command]
#[specta::specta]
pub async fn save_settings(state: State<'_, AppState>, settings: Settings) -> CmdResult<Settings> {
    with_store(state, move |s| s.save_settings(&settings)).await
}

/// Where the user is now (the section and what is open), so the app reopens there.
#[tauri::command]
#[specta::specta]
pub async fn remember_place(state: State<'_, AppState>, place: Place) -> CmdResult<Place> {
    with_store(state, move |s| s.remember_place(&place)).await
}

#[tauri::command]
#[specta::specta]
pub async fn place_to_reopen(state: State<'_, AppState>) -> CmdResult<Place> {
    with_store(state, |s| s.place_to_reopen()).await
}
