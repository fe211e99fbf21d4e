//! The user's data as a whole: backups, everything out (JSON or Markdown), entries in from other
//! journals (jrnl, Day One, Markdown notes, Daylio). Files cross from the UI as bytes; the core decodes and reads them.

use tauri::State;
use waypoint_core::store::backup::BackupFile;
use waypoint_core::transfer::{
    markdown_notes, Everything, ImportPreview, ImportRequest, IncomingFile,
};
use waypoint_core::Error;

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

/// A folder of notes as it is chosen for an import: its name and its Markdown files.
#[derive(serde::Serialize, specta::Type)]
pub struct ChosenFolder {
    pub name: String,
    pub files: Vec<IncomingFile>,
}

/// The folder dialog, for a folder of Markdown notes (an Obsidian vault, a Joplin export): its
/// notes read here, hidden folders left out; none when the user cancels. The window's own file
/// input cannot choose folders in WebKitGTK.
#[tauri::command]
#[specta::specta]
pub async fn choose_notes_folder(app: tauri::AppHandle) -> CmdResult<Option<ChosenFolder>> {
    use tauri_plugin_dialog::DialogExt;
    let picked = tauri::async_runtime::spawn_blocking(move || {
        app.dialog()
            .file()
            .set_title("Choose the folder of notes")
            .blocking_pick_folder()
    })
    .await
    .map_err(|e| Error::system(format!("The folder dialog failed: {e}")))?;
    let Some(folder) = picked else {
        return Ok(None);
    };
    let dir = folder
        .into_path()
        .map_err(|e| Error::system(format!("The folder dialog gave no usable path: {e}")))?;
    Ok(Some(ChosenFolder {
        name: dir.file_name().unwrap_or_default().to_string_lossy().into(),
        files: markdown_notes::notes_in_folder(&dir)?,
    }))
}

/// What importing the chosen files would add and skip; nothing is written.
#[tauri::command]
#[specta::specta]
pub async fn preview_import(
    state: State<'_, AppState>,
    request: ImportRequest,
) -> CmdResult<ImportPreview> {
    with_store(state, move |s| {
        request.within_window_limit()?;
        s.preview_import(&request, today())
    })
    .await
}

/// Imports the chosen files in one transaction; answers what was added and skipped.
#[tauri::command]
#[specta::specta]
pub async fn import_files(
    state: State<'_, AppState>,
    request: ImportRequest,
) -> CmdResult<ImportPreview> {
    with_store(state, move |s| {
        request.within_window_limit()?;
        s.import(&request, today())
    })
    .await
}
