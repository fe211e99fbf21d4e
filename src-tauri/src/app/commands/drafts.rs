//! Kept drafts: what the editor could not save, kept so leaving never loses it.

use tauri::State;
use waypoint_core::journal::{EntryDraft, KeptDraft, KeptDraftSummary};

use super::{with_store, AppState, CmdResult};
use crate::clock::today;

#[tauri::command]
#[specta::specta]
pub async fn keep_draft(
    state: State<'_, AppState>,
    id: Option<i64>,
    entry_id: Option<i64>,
    draft: EntryDraft,
) -> CmdResult<KeptDraft> {
    with_store(state, move |s| s.keep_draft(id, entry_id, &draft, today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn kept_drafts(state: State<'_, AppState>) -> CmdResult<Vec<KeptDraftSummary>> {
    with_store(state, |s| s.kept_drafts()).await
}

#[tauri::command]
#[specta::specta]
pub async fn kept_draft(state: State<'_, AppState>, id: i64) -> CmdResult<KeptDraft> {
    with_store(state, move |s| s.kept_draft(id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn discard_kept_draft(state: State<'_, AppState>, id: i64) -> CmdResult<KeptDraft> {
    with_store(state, move |s| s.discard_kept_draft(id)).await
}
