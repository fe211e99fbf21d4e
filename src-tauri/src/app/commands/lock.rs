//! The lock: its state (answered also while locked), unlocking with the passphrase, locking
//! on request, setting, changing and removing the passphrase, and the idle time. A
//! passphrase crosses from the page in the call's arguments only; it is never logged or
//! written anywhere.

use std::sync::Arc;

use tauri::{AppHandle, State};
use waypoint_core::settings::LockSettings;
use waypoint_core::store::encryption::LockState;
use waypoint_core::KdfParams;

use super::{with_store, AppState, CmdResult};
use crate::vault;

/// Runs `f` with the vault on a blocking thread (key derivation takes a tenth of a second).
async fn with_vault<T: Send + 'static>(
    state: State<'_, AppState>,
    f: impl FnOnce(&vault::Vault) -> CmdResult<T> + Send + 'static,
) -> CmdResult<T> {
    let vault = Arc::clone(&state);
    tauri::async_runtime::spawn_blocking(move || f(&vault))
        .await
        .map_err(|e| waypoint_core::Error::storage(format!("A background task failed: {e}")))?
}

#[tauri::command]
#[specta::specta]
pub async fn lock_state(state: State<'_, AppState>) -> CmdResult<LockState> {
    with_vault(state, |v| v.state()).await
}

#[tauri::command]
#[specta::specta]
pub async fn unlock(state: State<'_, AppState>, passphrase: String) -> CmdResult<LockState> {
    let vault = Arc::clone(&state);
    let unlocked = with_vault(state, move |v| v.unlock(&passphrase)).await?;
    vault::daily_backup(vault);
    Ok(unlocked)
}

/// Locks now (the page saves first); the page hears `waypoint://locked` when it is done.
#[tauri::command]
#[specta::specta]
pub fn lock_now(app: AppHandle) {
    vault::request_lock(&app);
}

/// The page's answer to `waypoint://lock-request`: what was being typed is saved.
#[tauri::command]
#[specta::specta]
pub fn lock_ready(state: State<'_, AppState>) {
    state.ready_to_lock();
}

/// The user pressed a key or clicked: the idle time starts again.
#[tauri::command]
#[specta::specta]
pub fn still_here(state: State<'_, AppState>) {
    state.still_here();
}

#[tauri::command]
#[specta::specta]
pub async fn set_passphrase(
    state: State<'_, AppState>,
    passphrase: String,
    confirmation: String,
) -> CmdResult<LockState> {
    with_store(state, move |s| {
        s.set_passphrase(&passphrase, &confirmation, KdfParams::RFC_9106_SECOND)?;
        Ok(LockState::of(s))
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn change_passphrase(
    state: State<'_, AppState>,
    current: String,
    passphrase: String,
    confirmation: String,
) -> CmdResult<()> {
    with_store(state, move |s| {
        s.change_passphrase(
            &current,
            &passphrase,
            &confirmation,
            KdfParams::RFC_9106_SECOND,
        )
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn remove_passphrase(
    state: State<'_, AppState>,
    current: String,
) -> CmdResult<LockState> {
    with_store(state, move |s| {
        s.remove_passphrase(&current)?;
        Ok(LockState::of(s))
    })
    .await
}

/// Puts a backup in place of the journal (also a damaged one, from the recovery screen);
/// answers where the journal it replaced is kept. The page then reloads.
#[tauri::command]
#[specta::specta]
pub async fn restore_backup(state: State<'_, AppState>, path: String) -> CmdResult<Option<String>> {
    let stamp = crate::clock::now().format("%Y-%m-%dT%H%M%S").to_string();
    with_vault(state, move |v| {
        v.restore(std::path::Path::new(&path), &stamp)
            .map(|kept| kept.map(|p| p.display().to_string()))
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn lock_settings(state: State<'_, AppState>) -> CmdResult<LockSettings> {
    with_store(state, |s| s.lock_settings()).await
}

#[tauri::command]
#[specta::specta]
pub async fn save_lock_settings(
    state: State<'_, AppState>,
    settings: LockSettings,
) -> CmdResult<LockSettings> {
    let vault = Arc::clone(&state);
    let saved = with_store(state, move |s| s.save_lock_settings(&settings)).await?;
    vault.set_idle_minutes(saved.auto_lock_minutes);
    Ok(saved)
}
