//! Document commands: the list and search, the editor's saves and live checks,
//! star and trash, revisions and diffs, the preview and exports.

use std::path::PathBuf;

use tauri::State;
use waypoint_core::documents::{
    DiffPart, Document, DocumentDraft, DocumentKind, DocumentQuery, DocumentSummary, Reason,
    Revision, TemplateRef,
};
use waypoint_core::export::{self, ExportFormat, ExportTarget};
use waypoint_core::roi::Currency;
use waypoint_core::writing::{CheckReport, Dismissals};
use waypoint_core::Error;

use super::{with_store, AppState, CmdResult};

#[tauri::command]
#[specta::specta]
pub async fn find_documents(
    state: State<'_, AppState>,
    query: DocumentQuery,
) -> CmdResult<Vec<DocumentSummary>> {
    with_store(state, move |s| s.documents(&query)).await
}

#[tauri::command]
#[specta::specta]
pub async fn document(state: State<'_, AppState>, id: i64) -> CmdResult<Document> {
    with_store(state, move |s| s.document(id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn create_document(
    state: State<'_, AppState>,
    template: TemplateRef,
    title: String,
) -> CmdResult<Document> {
    with_store(state, move |s| s.create_document_from(&template, &title)).await
}

#[tauri::command]
#[specta::specta]
pub async fn save_document(
    state: State<'_, AppState>,
    id: i64,
    draft: DocumentDraft,
) -> CmdResult<Document> {
    with_store(state, move |s| s.save_document(id, &draft)).await
}

/// The writing checks of the editor's text, with the writer's glossary (nothing is saved).
#[tauri::command]
#[specta::specta]
pub async fn check_document(
    state: State<'_, AppState>,
    body: String,
    kind: DocumentKind,
    dismissals: Dismissals,
) -> CmdResult<CheckReport> {
    let glossary = with_store(state, |s| s.writing_glossary()).await?;
    tauri::async_runtime::spawn_blocking(move || {
        waypoint_core::documents::check_document(&body, kind, &dismissals, &glossary)
    })
    .await
    .map_err(|e| Error::storage(format!("Checking failed: {e}")))
}

/// The preview: the document's Markdown sanitised, ```roi blocks drawn.
#[tauri::command]
#[specta::specta]
pub async fn render_document(markdown: String) -> CmdResult<String> {
    tauri::async_runtime::spawn_blocking(move || {
        export::document_html(&markdown, &Currency::default())
    })
    .await
    .map_err(|e| Error::storage(format!("Rendering failed: {e}")))
}

#[tauri::command]
#[specta::specta]
pub async fn star_document(
    state: State<'_, AppState>,
    id: i64,
    starred: bool,
) -> CmdResult<Document> {
    with_store(state, move |s| s.star_document(id, starred)).await
}

/// Replaces the document's tags (a competency's tag makes it evidence for the competency).
#[tauri::command]
#[specta::specta]
pub async fn set_document_tags(
    state: State<'_, AppState>,
    id: i64,
    tags: Vec<String>,
) -> CmdResult<Document> {
    with_store(state, move |s| s.set_document_tags(id, &tags)).await
}

#[tauri::command]
#[specta::specta]
pub async fn trash_document(state: State<'_, AppState>, id: i64) -> CmdResult<()> {
    with_store(state, move |s| s.trash_document(id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn restore_document(state: State<'_, AppState>, id: i64) -> CmdResult<Document> {
    with_store(state, move |s| s.restore_document(id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_document_forever(state: State<'_, AppState>, id: i64) -> CmdResult<()> {
    with_store(state, move |s| s.delete_document_forever(id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn set_document_dismissals(
    state: State<'_, AppState>,
    id: i64,
    dismissals: Dismissals,
) -> CmdResult<Document> {
    with_store(state, move |s| s.set_document_dismissals(id, &dismissals)).await
}

#[tauri::command]
#[specta::specta]
pub async fn keep_document_revision(
    state: State<'_, AppState>,
    id: i64,
    reason: Reason,
) -> CmdResult<()> {
    with_store(state, move |s| s.keep_document_revision(id, reason)).await
}

#[tauri::command]
#[specta::specta]
pub async fn document_revisions(state: State<'_, AppState>, id: i64) -> CmdResult<Vec<Revision>> {
    with_store(state, move |s| s.document_revisions(id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn name_document_version(
    state: State<'_, AppState>,
    id: i64,
    name: String,
) -> CmdResult<Revision> {
    with_store(state, move |s| s.name_document_version(id, &name)).await
}

#[tauri::command]
#[specta::specta]
pub async fn diff_document_revisions(
    state: State<'_, AppState>,
    from: i64,
    to: Option<i64>,
) -> CmdResult<Vec<DiffPart>> {
    with_store(state, move |s| s.diff_document_revisions(from, to)).await
}

#[tauri::command]
#[specta::specta]
pub async fn restore_document_revision(state: State<'_, AppState>, id: i64) -> CmdResult<Document> {
    with_store(state, move |s| s.restore_document_revision(id)).await
}

/// Keeps text that could not be saved as a revision, so leaving the document loses nothing.
#[tauri::command]
#[specta::specta]
pub async fn keep_unsaved_document(
    state: State<'_, AppState>,
    id: i64,
    draft: DocumentDraft,
) -> CmdResult<Revision> {
    with_store(state, move |s| s.keep_unsaved_document(id, &draft)).await
}

/// A revision's text for the editor (to fix text kept because it could not be saved).
#[tauri::command]
#[specta::specta]
pub async fn document_revision_draft(
    state: State<'_, AppState>,
    id: i64,
) -> CmdResult<DocumentDraft> {
    with_store(state, move |s| s.document_revision_draft(id)).await
}

/// Writes the document into the exports folder (Documents/Waypoint), named after its title
/// and never over another file; answers the path written.
#[tauri::command]
#[specta::specta]
pub async fn export_document_to_folder(
    state: State<'_, AppState>,
    id: i64,
    format: ExportFormat,
) -> CmdResult<String> {
    with_store(state, move |s| crate::exports::to_folder(s, id, format)).await
}

/// The save dialog: where to export the document titled `title`, starting in the exports
/// folder with the title as the name; the format follows the name's extension. None when the
/// writer cancels. Only the path is picked here: `export_document` writes.
#[tauri::command]
#[specta::specta]
pub async fn choose_export_path(
    app: tauri::AppHandle,
    title: String,
) -> CmdResult<Option<ExportTarget>> {
    use tauri_plugin_dialog::DialogExt;
    let folder = crate::exports::folder();
    let suggested = export::suggested_path(&folder, &title, ExportFormat::Pdf, |p| p.exists());
    let name = suggested
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let picked = tauri::async_runtime::spawn_blocking(move || {
        let mut dialog = app
            .dialog()
            .file()
            .set_title("Export the document")
            .set_file_name(name)
            .add_filter("PDF", &["pdf"])
            .add_filter("HTML page", &["html"])
            .add_filter("Markdown", &["md"]);
        if folder.is_dir() {
            dialog = dialog.set_directory(&folder);
        }
        dialog.blocking_save_file()
    })
    .await
    .map_err(|e| Error::system(format!("The save dialog failed: {e}")))?;
    Ok(match picked {
        None => None,
        Some(file) => Some(ExportTarget::for_path(&file.into_path().map_err(|e| {
            Error::system(format!("The save dialog gave no usable path: {e}"))
        })?)),
    })
}

/// Writes the document to `path` (which the save dialog picked).
#[tauri::command]
#[specta::specta]
pub async fn export_document(
    state: State<'_, AppState>,
    id: i64,
    format: ExportFormat,
    path: PathBuf,
) -> CmdResult<()> {
    with_store(state, move |s| {
        export::write(&s.document(id)?, format, &path, &Currency::default())
    })
    .await
}
