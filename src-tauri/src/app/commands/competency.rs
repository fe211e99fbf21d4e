//! Competency commands: the overview, the profile, the user's own competencies, self-reviews.

use crate::clock::today;
use tauri::State;
use waypoint_core::competency::{
    Competency, CompetencyDraft, CompetencyOverview, CompetencyProfile, RatingInput, Track,
};

use super::{with_store, AppState, CmdResult};

#[tauri::command]
#[specta::specta]
pub async fn competency_overview(state: State<'_, AppState>) -> CmdResult<CompetencyOverview> {
    with_store(state, |s| s.competency_overview()).await
}

/// Moves the profile to another track, keeping the level when the track has it.
#[tauri::command]
#[specta::specta]
pub async fn switch_competency_track(
    state: State<'_, AppState>,
    track: Track,
) -> CmdResult<CompetencyOverview> {
    with_store(state, move |s| {
        s.switch_competency_track(track)?;
        s.competency_overview()
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn save_competency_profile(
    state: State<'_, AppState>,
    profile: CompetencyProfile,
) -> CmdResult<CompetencyOverview> {
    with_store(state, move |s| {
        s.save_competency_profile(&profile)?;
        s.competency_overview()
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn add_competency(
    state: State<'_, AppState>,
    draft: CompetencyDraft,
) -> CmdResult<Competency> {
    with_store(state, move |s| s.add_competency(&draft)).await
}

#[tauri::command]
#[specta::specta]
pub async fn update_competency(
    state: State<'_, AppState>,
    id: i64,
    name: String,
    description: String,
) -> CmdResult<CompetencyOverview> {
    with_store(state, move |s| {
        s.update_competency(id, &name, &description)?;
        s.competency_overview()
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn set_competency_archived(
    state: State<'_, AppState>,
    id: i64,
    archived: bool,
) -> CmdResult<CompetencyOverview> {
    with_store(state, move |s| {
        s.set_competency_archived(id, archived)?;
        s.competency_overview()
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn record_self_review(
    state: State<'_, AppState>,
    ratings: Vec<RatingInput>,
) -> CmdResult<CompetencyOverview> {
    with_store(state, move |s| {
        s.record_self_review(&ratings, today())?;
        s.competency_overview()
    })
    .await
}
