//! App settings commands: theme and editor preview.

use tauri::State;
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
