//! The user's data as a whole: backups, everything out (JSON or Markdown), entries in from jrnl.
//! Files cross from the UI as bytes; the core decodes and reads them.

use tauri::State;
use waypoint_core::store::backup::BackupFile;
use waypoint_core::transfer::jrnl::ImportPreview;
use waypoint_core::transfer::{decode_text, Everything};

use super::{with_store, AppState, CmdResult};
use crate::clock::{now, today};

#[tauri::command]
#[specta::specta]
pub async fn backups(state: State<'_, AppState>) -> CmdResult<Vec<BackupFile>> {
    with_store(state, |s| s.backups()).await
}

/// A backup on request, into the backups folder; answers its path.
#[tauri::command]
#[specta::specta]
pub async fn back_up_now(state: State<'_, AppState>) -> CmdResult<String> {
    with_store(state, |s| {
        let path = s.backup_now(&now().format("%Y-%m-%dT%H%M%S").to_string())?;
        Ok(path.display().to_string())
    })
    .await
}

/// Everything into the exports folder (Documents/Waypoint); answers the path written.
#[tauri::command]
#[specta::specta]
pub async fn export_everything(
    state: State<'_, AppState>,
    format: Everything,
) -> CmdResult<String> {
    with_store(state, move |s| {
        crate::exports::everything_to_folder(s, format, today())
    })
    .await
}

/// What importing a jrnl file would add and skip; nothing is written.
#[tauri::command]
#[specta::specta]
pub async fn preview_jrnl_import(
    state: State<'_, AppState>,
    bytes: Vec<u8>,
) -> CmdResult<ImportPreview> {
    with_store(state, move |s| {
        s.preview_jrnl(&decode_text(&bytes, "jrnl file")?, today())
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn import_jrnl(state: State<'_, AppState>, bytes: Vec<u8>) -> CmdResult<ImportPreview> {
    with_store(state, move |s| {
        s.import_jrnl(&decode_text(&bytes, "jrnl file")?, today())
    })
    .await
}
