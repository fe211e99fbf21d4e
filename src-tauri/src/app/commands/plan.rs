//! Year plan commands. Each mutation returns the whole plan so the view redraws from one read.

use crate::clock::today;
use tauri::State;
use waypoint_core::journal::Entry;
use waypoint_core::plan::{
    MilestoneDraft, MilestoneRef, MilestoneStatus, NewPlan, Plan, PlanSummary, Step,
};

use super::{with_store, AppState, CmdResult};

#[tauri::command]
#[specta::specta]
pub async fn list_plans(state: State<'_, AppState>) -> CmdResult<Vec<PlanSummary>> {
    with_store(state, |s| s.list_plans(today())).await
}

/// The title a plan starting in `start_month` gets when left untitled (the form's placeholder).
#[tauri::command]
#[specta::specta]
pub async fn default_plan_title(start_month: String) -> CmdResult<String> {
    waypoint_core::plan::default_plan_title(&start_month, today())
}

#[tauri::command]
#[specta::specta]
pub async fn suggested_plan_start(state: State<'_, AppState>) -> CmdResult<String> {
    with_store(state, |s| s.suggested_plan_start(today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn plan(state: State<'_, AppState>, id: i64) -> CmdResult<Plan> {
    with_store(state, move |s| s.plan(id, today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn create_plan(state: State<'_, AppState>, plan: NewPlan) -> CmdResult<Plan> {
    with_store(state, move |s| s.create_plan(&plan, today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn rename_plan(state: State<'_, AppState>, id: i64, title: String) -> CmdResult<Plan> {
    with_store(state, move |s| s.rename_plan(id, &title, today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn set_plan_archived(
    state: State<'_, AppState>,
    id: i64,
    archived: bool,
) -> CmdResult<Plan> {
    with_store(state, move |s| s.set_plan_archived(id, archived, today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn update_quarter(
    state: State<'_, AppState>,
    plan_id: i64,
    quarter: u8,
    focus: String,
    goals: String,
) -> CmdResult<Plan> {
    with_store(state, move |s| {
        s.update_quarter(plan_id, quarter, &focus, &goals, today())
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn add_milestone(
    state: State<'_, AppState>,
    plan_id: i64,
    quarter: u8,
    title: String,
) -> CmdResult<Plan> {
    with_store(state, move |s| {
        s.add_milestone(plan_id, quarter, &title, today())
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn update_milestone(
    state: State<'_, AppState>,
    id: i64,
    draft: MilestoneDraft,
) -> CmdResult<Plan> {
    with_store(state, move |s| s.update_milestone(id, &draft, today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn set_milestone_status(
    state: State<'_, AppState>,
    id: i64,
    status: MilestoneStatus,
) -> CmdResult<Plan> {
    with_store(state, move |s| s.set_milestone_status(id, status, today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn move_milestone(
    state: State<'_, AppState>,
    id: i64,
    quarter: u8,
    position: u32,
) -> CmdResult<Plan> {
    with_store(state, move |s| {
        s.move_milestone(id, quarter, position, today())
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn step_milestone(state: State<'_, AppState>, id: i64, step: Step) -> CmdResult<Plan> {
    with_store(state, move |s| s.step_milestone(id, step, today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn remove_milestone(state: State<'_, AppState>, id: i64) -> CmdResult<Plan> {
    with_store(state, move |s| s.remove_milestone(id, today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn restore_milestone(state: State<'_, AppState>, id: i64) -> CmdResult<Plan> {
    with_store(state, move |s| s.restore_milestone(id, today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn link_evidence(
    state: State<'_, AppState>,
    milestone_id: i64,
    entry_id: i64,
) -> CmdResult<Plan> {
    with_store(state, move |s| {
        s.link_evidence(milestone_id, entry_id, today())
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn unlink_evidence(
    state: State<'_, AppState>,
    milestone_id: i64,
    entry_id: i64,
) -> CmdResult<Plan> {
    with_store(state, move |s| {
        s.unlink_evidence(milestone_id, entry_id, today())
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn milestones_for_entry(
    state: State<'_, AppState>,
    entry_id: i64,
) -> CmdResult<Vec<MilestoneRef>> {
    with_store(state, move |s| s.milestones_for_entry(entry_id, today())).await
}

/// Links a document (a brief, a writeup) to a milestone as evidence.
#[tauri::command]
#[specta::specta]
pub async fn link_document(
    state: State<'_, AppState>,
    milestone_id: i64,
    document_id: i64,
) -> CmdResult<Plan> {
    with_store(state, move |s| {
        s.link_document(milestone_id, document_id, today())
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn unlink_document(
    state: State<'_, AppState>,
    milestone_id: i64,
    document_id: i64,
) -> CmdResult<Plan> {
    with_store(state, move |s| {
        s.unlink_document(milestone_id, document_id, today())
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn milestones_for_document(
    state: State<'_, AppState>,
    document_id: i64,
) -> CmdResult<Vec<MilestoneRef>> {
    with_store(state, move |s| {
        s.milestones_for_document(document_id, today())
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn milestone_choices(state: State<'_, AppState>) -> CmdResult<Vec<MilestoneRef>> {
    with_store(state, |s| s.milestone_choices(today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn start_retrospective(
    state: State<'_, AppState>,
    plan_id: i64,
    quarter: u8,
) -> CmdResult<Entry> {
    with_store(state, move |s| {
        s.start_retrospective(plan_id, quarter, today())
    })
    .await
}
