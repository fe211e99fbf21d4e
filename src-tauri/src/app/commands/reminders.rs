//! The check-in reminder's day, time and whether it reaches the desktop.

use tauri::State;
use waypoint_core::workload::ReminderSettings;

use super::{with_store, AppState, CmdResult};
use crate::reminders::Reminders;

#[tauri::command]
#[specta::specta]
pub async fn reminder_settings(state: State<'_, AppState>) -> CmdResult<ReminderSettings> {
    with_store(state, |s| s.reminder_settings()).await
}

/// Saves them and has the timer look again at once (it may now be due, or later).
#[tauri::command]
#[specta::specta]
pub async fn save_reminder_settings(
    state: State<'_, AppState>,
    reminders: State<'_, Reminders>,
    settings: ReminderSettings,
) -> CmdResult<ReminderSettings> {
    let saved = with_store(state, move |s| s.save_reminder_settings(&settings)).await?;
    reminders.settings_changed();
    Ok(saved)
}
