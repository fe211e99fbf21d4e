//! Progress review commands: a preset's days, the review of a period with its HTML, and its
//! exports (one click into the exports folder, or where the save dialog pointed).

use std::path::PathBuf;

use tauri::State;
use waypoint_core::export::ExportFormat;
use waypoint_core::review::{write_review, Period, PeriodPreset, ReviewPage, ReviewRequest};
use waypoint_core::roi::Currency;
use waypoint_core::{Result, Store};

use super::{with_store, AppState, CmdResult};
use crate::clock::{today, zone};

fn review_of(s: &Store, request: &ReviewRequest) -> Result<waypoint_core::review::Review> {
    s.review_for(
        request,
        today(),
        &s.work_settings()?.rules(zone())?,
        &Currency::default(),
    )
}

#[tauri::command]
#[specta::specta]
pub async fn review_period(state: State<'_, AppState>, preset: PeriodPreset) -> CmdResult<Period> {
    with_store(state, move |s| s.review_preset(preset, today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn review(state: State<'_, AppState>, request: ReviewRequest) -> CmdResult<ReviewPage> {
    with_store(state, move |s| {
        s.review_page(&request, today(), &s.work_settings()?.rules(zone())?)
    })
    .await
}

/// Writes the review into the exports folder (Documents/Waypoint), never over another file;
/// answers the path written.
#[tauri::command]
#[specta::specta]
pub async fn export_review_to_folder(
    state: State<'_, AppState>,
    request: ReviewRequest,
    format: ExportFormat,
) -> CmdResult<String> {
    with_store(state, move |s| {
        crate::exports::review_to_folder(&review_of(s, &request)?, format)
    })
    .await
}

/// Writes the review to `path` (which the save dialog picked).
#[tauri::command]
#[specta::specta]
pub async fn export_review(
    state: State<'_, AppState>,
    request: ReviewRequest,
    format: ExportFormat,
    path: PathBuf,
) -> CmdResult<()> {
    with_store(state, move |s| {
        write_review(&review_of(s, &request)?, format, &path)
    })
    .await
}
