//! Meeting load and stress commands: settings, check-ins, calendar import, weekly metrics.

use crate::clock::today;
use tauri::State;
use waypoint_core::calendar::{CalendarSource, ImportOptions, ImportReport};
use waypoint_core::workload::{
    CheckIn, CheckInDraft, CheckInDue, StressYear, WeekDetail, WorkRules, WorkSettings,
    WorkloadOverview,
};
use waypoint_core::Store;

use super::{with_store, AppState, CmdResult};

fn rules(s: &Store) -> CmdResult<WorkRules> {
    s.work_settings()?.rules(crate::clock::zone())
}

fn import_options(s: &Store) -> CmdResult<ImportOptions> {
    Ok(ImportOptions::around(today(), rules(s)?.tz))
}

#[tauri::command]
#[specta::specta]
pub async fn work_settings(state: State<'_, AppState>) -> CmdResult<WorkSettings> {
    with_store(state, |s| s.work_settings()).await
}

#[tauri::command]
#[specta::specta]
pub async fn save_work_settings(
    state: State<'_, AppState>,
    settings: WorkSettings,
) -> CmdResult<WorkSettings> {
    with_store(state, move |s| s.save_work_settings(&settings)).await
}

#[tauri::command]
#[specta::specta]
pub async fn save_checkin(state: State<'_, AppState>, draft: CheckInDraft) -> CmdResult<CheckIn> {
    with_store(state, move |s| s.save_checkin(&draft, today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn checkin_due(state: State<'_, AppState>) -> CmdResult<CheckInDue> {
    with_store(state, |s| s.checkin_due(today(), &rules(s)?)).await
}

/// Sets the weekly check-in's meeting hours to what the calendars count now.
#[tauri::command]
#[specta::specta]
pub async fn update_checkin_hours(
    state: State<'_, AppState>,
    week_start: String,
) -> CmdResult<CheckIn> {
    with_store(state, move |s| {
        let day = waypoint_core::time::parse_day(&week_start)?;
        s.update_checkin_hours(day, &rules(s)?)
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn workload_overview(
    state: State<'_, AppState>,
    weeks: u32,
) -> CmdResult<WorkloadOverview> {
    with_store(state, move |s| {
        s.workload_overview(today(), weeks, &rules(s)?)
    })
    .await
}

/// The week `weeks_later` weeks after the week of `week_start` (0: that week itself).
#[tauri::command]
#[specta::specta]
pub async fn week_detail(
    state: State<'_, AppState>,
    week_start: String,
    weeks_later: i32,
) -> CmdResult<WeekDetail> {
    with_store(state, move |s| {
        let from = waypoint_core::time::parse_day(&week_start)?;
        s.week_detail(from, weeks_later, today(), &rules(s)?)
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn stress_year(state: State<'_, AppState>, year: i32) -> CmdResult<StressYear> {
    with_store(state, move |s| s.stress_year(year)).await
}

/// Imports a calendar the user picked in the file dialog, sent as the file's bytes: the core
/// alone decodes them (BOM, UTF-16, UTF-8, else Windows-1252). There is no import by path: the
/// webview never names files on disk.
#[tauri::command]
#[specta::specta]
pub async fn import_calendar(
    state: State<'_, AppState>,
    name: String,
    bytes: Vec<u8>,
) -> CmdResult<ImportReport> {
    with_store(state, move |s| {
        let opts = import_options(s)?;
        s.import_calendar(&name, &bytes, &opts)
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn calendar_sources(state: State<'_, AppState>) -> CmdResult<Vec<CalendarSource>> {
    with_store(state, |s| s.calendar_sources()).await
}

#[tauri::command]
#[specta::specta]
pub async fn remove_calendar_source(state: State<'_, AppState>, id: i64) -> CmdResult<()> {
    with_store(state, move |s| s.remove_calendar_source(id)).await
}
