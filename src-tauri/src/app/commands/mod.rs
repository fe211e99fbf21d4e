//! Tauri commands: thin async wrappers that run a core call off the main thread and return its
//! typed error (`{kind, message, field?}`) unchanged. One file per area of the product.
//!
//! [`contract`] is the one list of commands: the app's handler and the UI's TypeScript client
//! (`ui/src/api/bindings.ts`) are both generated from it.

pub mod competency;
pub mod data;
pub mod documents;
pub mod drafts;
pub mod glossary;
pub mod home;
pub mod journal;
pub mod links;
pub mod lock;
pub mod plan;
pub mod prompts;
pub mod reference;
pub mod reminders;
pub mod review;
pub mod roi;
pub mod settings;
pub mod templates;
pub mod workload;

#[cfg(test)]
mod bindings_test;

use std::sync::Arc;

use tauri::State;
use waypoint_core::{Error, Store};

use crate::vault::{Journal, Vault};

/// The journal: open, locked, or why it could not be opened (shown by the UI on every call).
pub type AppState = Arc<Vault>;

pub(crate) type CmdResult<T> = Result<T, Error>;

/// Runs `f` with the store on a blocking thread, so the window never waits on the disk.
pub(crate) async fn with_store<T: Send + 'static>(
    state: State<'_, AppState>,
    f: impl FnOnce(&mut Store) -> CmdResult<T> + Send + 'static,
) -> CmdResult<T> {
    let vault = Arc::clone(&state);
    tauri::async_runtime::spawn_blocking(move || match &mut *vault.journal()? {
        Journal::Open(store) => f(store),
        Journal::Locked => Err(waypoint_core::store::encryption::refused_while_locked()),
        Journal::Failed(e, _) => Err(e.clone()),
    })
    .await
    .map_err(|e| Error::storage(format!("A background task failed: {e}")))?
}

/// Every command the UI may call, once. Adding a command here adds it to the app and to the
/// generated client; `make bindings` rewrites the client, and a test fails while it is stale.
pub fn contract() -> tauri_specta::Builder<tauri::Wry> {
    tauri_specta::Builder::<tauri::Wry>::new()
        .commands(tauri_specta::collect_commands![
            reference::reference,
            reference::today,
            settings::settings,
            settings::save_settings,
            settings::remember_place,
            settings::place_to_reopen,
            journal::find_entries,
            journal::offset_of_date,
            journal::list_trash,
            journal::journal_counts,
            journal::entry,
            journal::create_entry,
            journal::update_entry,
            journal::set_starred,
            journal::trash_entry,
            journal::restore_entry,
            journal::empty_trash,
            journal::delete_forever,
            journal::list_tags,
            journal::check_tags,
            journal::render_markdown,
            drafts::keep_draft,
            drafts::kept_drafts,
            drafts::kept_draft,
            drafts::discard_kept_draft,
            links::open_link,
            plan::list_plans,
            plan::plan,
            plan::default_plan_title,
            plan::suggested_plan_start,
            plan::create_plan,
            plan::rename_plan,
            plan::set_plan_archived,
            plan::update_quarter,
            plan::add_milestone,
            plan::update_milestone,
            plan::set_milestone_status,
            plan::move_milestone,
            plan::step_milestone,
            plan::remove_milestone,
            plan::restore_milestone,
            plan::link_evidence,
            plan::unlink_evidence,
            plan::milestones_for_entry,
            plan::link_document,
            plan::unlink_document,
            plan::milestones_for_document,
            plan::milestone_choices,
            plan::start_retrospective,
            competency::competency_overview,
            competency::save_competency_profile,
            competency::switch_competency_track,
            competency::add_competency,
            competency::update_competency,
            competency::set_competency_archived,
            competency::record_self_review,
            home::dashboard,
            templates::document_templates,
            templates::add_document_template,
            templates::edit_document_template,
            templates::reset_document_template,
            templates::delete_document_template,
            documents::find_documents,
            documents::document,
            documents::create_document,
            documents::save_document,
            documents::check_document,
            documents::render_document,
            documents::star_document,
            documents::set_document_tags,
            glossary::glossary,
            glossary::add_glossary_term,
            glossary::edit_glossary_term,
            glossary::set_glossary_term_hidden,
            glossary::reset_glossary_term,
            glossary::delete_glossary_term,
            documents::trash_document,
            documents::restore_document,
            documents::delete_document_forever,
            documents::set_document_dismissals,
            documents::keep_document_revision,
            documents::document_revisions,
            documents::name_document_version,
            documents::diff_document_revisions,
            documents::restore_document_revision,
            documents::keep_unsaved_document,
            documents::document_revision_draft,
            documents::export_document_to_folder,
            documents::choose_export_path,
            documents::export_document,
            roi::roi_forms,
            roi::roi_form_figures,
            roi::apply_roi_form,
            prompts::suggest_prompts,
            prompts::list_prompts,
            prompts::add_prompt,
            prompts::update_prompt,
            prompts::set_prompt_hidden,
            workload::work_settings,
            workload::save_work_settings,
            workload::save_checkin,
            workload::checkin_due,
            reminders::reminder_settings,
            reminders::save_reminder_settings,
            workload::update_checkin_hours,
            workload::workload_overview,
            workload::week_detail,
            workload::stress_year,
            workload::import_calendar,
            workload::calendar_sources,
            workload::remove_calendar_source,
            review::review_period,
            review::review,
            review::export_review_to_folder,
            review::export_review,
            review::keep_review,
            review::bring_review_up_to_date,
            data::backups,
            data::back_up_now,
            data::export_everything,
            data::choose_notes_folder,
            data::preview_import,
            data::import_files,
            lock::lock_state,
            lock::unlock,
            lock::lock_now,
            lock::lock_ready,
            lock::still_here,
            lock::set_passphrase,
            lock::change_passphrase,
            lock::remove_passphrase,
            lock::lock_settings,
            lock::save_lock_settings,
            lock::restore_backup,
            crate::shutdown::flush_done,
        ])
        // The payload of `links::LINK_EVENT`, which the UI listens for.
        .typ::<crate::links::LinkFollowed>()
        // Commands reject with the core's `Error`; the client throws it, as `invoke` does.
        .error_handling(tauri_specta::ErrorHandlingMode::Throw)
        // Ids, counts and minutes: all far below 2^53, so JSON numbers carry them exactly.
        .dangerously_cast_bigints_to_number()
}
