//! The home dashboard.

use crate::clock::now;
use tauri::State;
use waypoint_core::dashboard::Dashboard;

use super::{with_store, AppState, CmdResult};

#[tauri::command]
#[specta::specta]
pub async fn dashboard(state: State<'_, AppState>) -> CmdResult<Dashboard> {
    with_store(state, |s| s.dashboard(now())).await
}
