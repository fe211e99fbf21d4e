//! The prompt library and today's suggestions.

use crate::clock::today;
use tauri::State;
use waypoint_core::prompts::{Prompt, PromptDraft, PromptSuggestion};

use super::{with_store, AppState, CmdResult};

#[tauri::command]
#[specta::specta]
pub async fn suggest_prompts(state: State<'_, AppState>) -> CmdResult<Vec<PromptSuggestion>> {
    with_store(state, |s| s.suggest_prompts(today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn list_prompts(state: State<'_, AppState>) -> CmdResult<Vec<Prompt>> {
    with_store(state, |s| s.list_prompts()).await
}

#[tauri::command]
#[specta::specta]
pub async fn add_prompt(state: State<'_, AppState>, draft: PromptDraft) -> CmdResult<Vec<Prompt>> {
    with_store(state, move |s| s.add_prompt(&draft)).await
}

#[tauri::command]
#[specta::specta]
pub async fn update_prompt(
    state: State<'_, AppState>,
    id: i64,
    text: String,
) -> CmdResult<Vec<Prompt>> {
    with_store(state, move |s| s.update_prompt(id, &text)).await
}

#[tauri::command]
#[specta::specta]
pub async fn set_prompt_hidden(
    state: State<'_, AppState>,
    id: i64,
    hidden: bool,
) -> CmdResult<Vec<Prompt>> {
    with_store(state, move |s| s.set_prompt_hidden(id, hidden)).await
}
