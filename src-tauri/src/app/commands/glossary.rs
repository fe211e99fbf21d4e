//! Glossary commands: the technical → business phrasings the writing checks flag, the built-in
//! ones with the writer's changes and the writer's own. Each change answers the whole glossary.

use tauri::State;
use waypoint_core::documents::{GlossaryDraft, GlossaryEntry, GlossaryRef};

use super::{with_store, AppState, CmdResult};

#[tauri::command]
#[specta::specta]
pub async fn glossary(state: State<'_, AppState>) -> CmdResult<Vec<GlossaryEntry>> {
    with_store(state, |s| s.glossary()).await
}

#[tauri::command]
#[specta::specta]
pub async fn add_glossary_term(
    state: State<'_, AppState>,
    draft: GlossaryDraft,
) -> CmdResult<Vec<GlossaryEntry>> {
    with_store(state, move |s| s.add_glossary_term(&draft)).await
}

#[tauri::command]
#[specta::specta]
pub async fn edit_glossary_term(
    state: State<'_, AppState>,
    term: GlossaryRef,
    draft: GlossaryDraft,
) -> CmdResult<Vec<GlossaryEntry>> {
    with_store(state, move |s| s.edit_glossary_term(&term, &draft)).await
}

#[tauri::command]
#[specta::specta]
pub async fn set_glossary_term_hidden(
    state: State<'_, AppState>,
    term: GlossaryRef,
    hidden: bool,
) -> CmdResult<Vec<GlossaryEntry>> {
    with_store(state, move |s| s.set_glossary_term_hidden(&term, hidden)).await
}

/// A built-in term as shipped, the writer's changes dropped.
#[tauri::command]
#[specta::specta]
pub async fn reset_glossary_term(
    state: State<'_, AppState>,
    built_in: String,
) -> CmdResult<Vec<GlossaryEntry>> {
    with_store(state, move |s| s.reset_glossary_term(&built_in)).await
}

/// Deletes a term of the writer's own; answers it as it was, for Undo to add it back.
#[tauri::command]
#[specta::specta]
pub async fn delete_glossary_term(state: State<'_, AppState>, id: i64) -> CmdResult<GlossaryEntry> {
    with_store(state, move |s| s.delete_glossary_term(id)).await
}
