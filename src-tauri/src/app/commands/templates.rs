//! Template commands: the built-in templates with the writer's changes and templates of their
//! own. Each change answers every template.

use tauri::State;
use waypoint_core::documents::{DocumentKind, Template, TemplateDraft, TemplateRef};

use super::{with_store, AppState, CmdResult};

#[tauri::command]
#[specta::specta]
pub async fn document_templates(state: State<'_, AppState>) -> CmdResult<Vec<Template>> {
    with_store(state, |s| s.document_templates()).await
}

#[tauri::command]
#[specta::specta]
pub async fn add_document_template(
    state: State<'_, AppState>,
    draft: TemplateDraft,
) -> CmdResult<Vec<Template>> {
    with_store(state, move |s| s.add_document_template(&draft)).await
}

#[tauri::command]
#[specta::specta]
pub async fn edit_document_template(
    state: State<'_, AppState>,
    template: TemplateRef,
    draft: TemplateDraft,
) -> CmdResult<Vec<Template>> {
    with_store(state, move |s| s.edit_document_template(&template, &draft)).await
}

/// A built-in template as shipped.
#[tauri::command]
#[specta::specta]
pub async fn reset_document_template(
    state: State<'_, AppState>,
    kind: DocumentKind,
) -> CmdResult<Vec<Template>> {
    with_store(state, move |s| s.reset_document_template(kind)).await
}

/// Deletes a template of the writer's own; answers it as it was, for Undo to add it back.
#[tauri::command]
#[specta::specta]
pub async fn delete_document_template(state: State<'_, AppState>, id: i64) -> CmdResult<Template> {
    with_store(state, move |s| s.delete_document_template(id)).await
}
