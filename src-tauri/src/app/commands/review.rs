//! Progress review commands: a preset's days, the review of a period with its HTML, its
//! exports (one click into the exports folder, or where the save dialog pointed), and the
//! review kept as a document and brought up to date.

use std::path::PathBuf;

use tauri::State;
use waypoint_core::documents::Document;
use waypoint_core::export::ExportFormat;
use waypoint_core::review::{
    write_review, BroughtUpToDate, Period, PeriodPreset, ReviewPage, ReviewRequest,
};
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

/// Keeps the review as a document whose summary and talking points are the writer's.
#[tauri::command]
#[specta::specta]
pub async fn keep_review(
    state: State<'_, AppState>,
    request: ReviewRequest,
) -> CmdResult<Document> {
    with_store(state, move |s| {
        let rules = s.work_settings()?.rules(zone())?;
        s.keep_review(&request, today(), &rules, &Currency::default())
    })
    .await
}

/// Rewrites a kept review from today's data, keeping the parts its writer changed.
#[tauri::command]
#[specta::specta]
pub async fn bring_review_up_to_date(
    state: State<'_, AppState>,
    id: i64,
) -> CmdResult<BroughtUpToDate> {
    with_store(state, move |s| {
        let rules = s.work_settings()?.rules(zone())?;
        s.bring_review_up_to_date(id, today(), &rules, &Currency::default())
    })
    .await
}
