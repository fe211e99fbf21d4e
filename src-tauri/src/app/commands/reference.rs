//! Today, and the reference data the UI reads once at start (level names, the rating scale, quarter
//! themes, limits, metric constants), so no TypeScript restates them.

use waypoint_core::reference::Reference;

use super::CmdResult;

#[tauri::command]
#[specta::specta]
pub async fn reference() -> CmdResult<Reference> {
    Ok(waypoint_core::reference::reference())
}

/// Today on the user's wall clock (`YYYY-MM-DD`): the UI asks instead of reading the clock,
/// so it and the core never disagree about the date.
#[tauri::command]
#[specta::specta]
pub async fn today() -> CmdResult<chrono::NaiveDate> {
    Ok(crate::clock::today())
}
