//! Journal commands: entries, search, trash, tags and the Markdown preview.

use tauri::State;
use waypoint_core::journal::{Entry, EntryDraft, JournalCounts, TagCount};
use waypoint_core::search::{EntryPage, EntryQuery};
use waypoint_core::Error;

use super::{with_store, AppState, CmdResult};
use crate::clock::today;

#[tauri::command]
#[specta::specta]
pub async fn find_entries(state: State<'_, AppState>, query: EntryQuery) -> CmdResult<EntryPage> {
    with_store(state, move |s| s.find_entries(&query)).await
}

/// Where `date` falls in the list by date that `query` filters: the offset to open the list at.
#[tauri::command]
#[specta::specta]
pub async fn offset_of_date(
    state: State<'_, AppState>,
    query: EntryQuery,
    date: String,
) -> CmdResult<u32> {
    with_store(state, move |s| s.offset_of_date(&query, &date)).await
}

#[tauri::command]
#[specta::specta]
pub async fn list_trash(
    state: State<'_, AppState>,
    offset: u32,
    limit: u32,
) -> CmdResult<EntryPage> {
    with_store(state, move |s| s.list_trash(offset, limit)).await
}

#[tauri::command]
#[specta::specta]
pub async fn journal_counts(state: State<'_, AppState>) -> CmdResult<JournalCounts> {
    with_store(state, |s| s.counts()).await
}

#[tauri::command]
#[specta::specta]
pub async fn entry(state: State<'_, AppState>, id: i64) -> CmdResult<Entry> {
    with_store(state, move |s| s.entry(id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn create_entry(state: State<'_, AppState>, draft: EntryDraft) -> CmdResult<Entry> {
    with_store(state, move |s| s.create_entry(&draft, today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn update_entry(
    state: State<'_, AppState>,
    id: i64,
    draft: EntryDraft,
) -> CmdResult<Entry> {
    with_store(state, move |s| s.update_entry(id, &draft, today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn set_starred(state: State<'_, AppState>, id: i64, starred: bool) -> CmdResult<Entry> {
    with_store(state, move |s| s.set_starred(id, starred)).await
}

#[tauri::command]
#[specta::specta]
pub async fn trash_entry(state: State<'_, AppState>, id: i64) -> CmdResult<()> {
    with_store(state, move |s| s.trash_entry(id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn restore_entry(state: State<'_, AppState>, id: i64) -> CmdResult<Entry> {
    with_store(state, move |s| s.restore_entry(id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn empty_trash(state: State<'_, AppState>) -> CmdResult<usize> {
    with_store(state, |s| s.empty_trash()).await
}

/// Deletes one entry in the trash for good (the user confirmed it).
#[tauri::command]
#[specta::specta]
pub async fn delete_forever(state: State<'_, AppState>, id: i64) -> CmdResult<()> {
    with_store(state, move |s| s.delete_forever(id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn list_tags(state: State<'_, AppState>) -> CmdResult<Vec<TagCount>> {
    with_store(state, |s| s.list_tags()).await
}

/// The tags as the entry would keep them, or every problem with them: the editor checks tags
/// as they are added, before they look accepted.
#[tauri::command]
#[specta::specta]
pub async fn check_tags(tags: Vec<String>) -> CmdResult<Vec<String>> {
    waypoint_core::journal::validate::tags(&tags)
}

#[tauri::command]
#[specta::specta]
pub async fn render_markdown(markdown: String) -> CmdResult<String> {
    tauri::async_runtime::spawn_blocking(move || waypoint_core::markdown::render(&markdown))
        .await
        .map_err(|e| Error::storage(format!("Rendering failed: {e}")))
}
