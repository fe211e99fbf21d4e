//! The reference data the UI reads once at start (level names, the rating scale, quarter
//! themes, limits, metric constants), so no TypeScript restates them.

use waypoint_core::reference::Reference;

use super::CmdResult;

#[tauri::command]
#[specta::specta]
pub async fn reference() -> CmdResult<Reference> {
    Ok(waypoint_core::reference::reference())
}
