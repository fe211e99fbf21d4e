//! `waypoint dev answer CMD ARGS`: one app command answered by the real core, as JSON, for the
//! UI's tests and its in-browser dev mode (`ui/src/test/core.ts`, `ui/vite.config.ts`). So
//! the UI never fakes a rule: what it is tested against is what the app would answer.
//!
//! Each arm does what the app's wrapper in `src/app/commands/` does, with the same argument
//! names (camelCase, as Tauri passes them). `COMMANDS` lists the names; a test checks they are
//! exactly the app's (the generated client's), so the two cannot drift apart.

use chrono::{NaiveDate, NaiveDateTime};
use chrono_tz::Tz;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use waypoint_core::calendar::ImportOptions;
use waypoint_core::workload::WorkRules;
use waypoint_core::{time, Error, Result, Store};

/// What the answer depends on besides the store: the wall time and the user's zone.
pub struct Context {
    pub now: NaiveDateTime,
    pub zone: Tz,
}

/// Every command answered here: the app's commands, by the names the UI invokes.
pub const COMMANDS: &[&str] = &[
    "reference",
    "today",
    "settings",
    "save_settings",
    "remember_place",
    "place_to_reopen",
    "find_entries",
    "offset_of_date",
    "list_trash",
    "journal_counts",
    "entry",
    "create_entry",
    "update_entry",
    "set_starred",
    "trash_entry",
    "restore_entry",
    "empty_trash",
    "delete_forever",
    "list_tags",
    "check_tags",
    "render_markdown",
    "document_templates",
    "add_document_template",
    "edit_document_template",
    "reset_document_template",
    "delete_document_template",
    "find_documents",
    "document",
    "create_document",
    "save_document",
    "check_document",
    "render_document",
    "star_document",
    "set_document_tags",
    "glossary",
    "add_glossary_term",
    "edit_glossary_term",
    "set_glossary_term_hidden",
    "reset_glossary_term",
    "delete_glossary_term",
    "trash_document",
    "restore_document",
    "delete_document_forever",
    "set_document_dismissals",
    "keep_document_revision",
    "document_revisions",
    "name_document_version",
    "diff_document_revisions",
    "restore_document_revision",
    "keep_unsaved_document",
    "document_revision_draft",
    "export_document_to_folder",
    "choose_export_path",
    "export_document",
    "roi_forms",
    "roi_form_figures",
    "apply_roi_form",
    "keep_draft",
    "kept_drafts",
    "kept_draft",
    "discard_kept_draft",
    "open_link",
    "list_plans",
    "plan",
    "default_plan_title",
    "suggested_plan_start",
    "create_plan",
    "rename_plan",
    "set_plan_archived",
    "update_quarter",
    "add_milestone",
    "update_milestone",
    "set_milestone_status",
    "move_milestone",
    "step_milestone",
    "remove_milestone",
    "restore_milestone",
    "link_evidence",
    "unlink_evidence",
    "milestones_for_entry",
    "link_document",
    "unlink_document",
    "milestones_for_document",
    "milestone_choices",
    "start_retrospective",
    "competency_overview",
    "save_competency_profile",
    "switch_competency_track",
    "add_competency",
    "update_competency",
    "set_competency_archived",
    "record_self_review",
    "dashboard",
    "suggest_prompts",
    "list_prompts",
    "add_prompt",
    "update_prompt",
    "set_prompt_hidden",
    "work_settings",
    "save_work_settings",
    "save_checkin",
    "checkin_due",
    "reminder_settings",
    "save_reminder_settings",
    "update_checkin_hours",
    "workload_overview",
    "week_detail",
    "stress_year",
    "import_calendar",
    "calendar_sources",
    "remove_calendar_source",
    "review_period",
    "review",
    "export_review_to_folder",
    "export_review",
    "keep_review",
    "bring_review_up_to_date",
    "backups",
    "back_up_now",
    "export_everything",
    "choose_notes_folder",
    "preview_import",
    "import_files",
    "lock_state",
    "unlock",
    "lock_now",
    "lock_ready",
    "still_here",
    "set_passphrase",
    "change_passphrase",
    "remove_passphrase",
    "lock_settings",
    "save_lock_settings",
    "restore_backup",
    "flush_done",
];

/// The named argument of a call, or an error that says which and why.
fn arg<T: DeserializeOwned>(args: &Value, name: &str) -> Result<T> {
    serde_json::from_value(args.get(name).cloned().unwrap_or(Value::Null))
        .map_err(|e| Error::invalid(format!("The argument {name} is not usable: {e}.")))
}

fn json<T: Serialize>(value: T) -> Result<Value> {
    serde_json::to_value(value).map_err(|e| Error::storage(format!("Unserialisable answer: {e}")))
}

fn rules(s: &Store, ctx: &Context) -> Result<WorkRules> {
    s.work_settings()?.rules(ctx.zone)
}

/// The core's answer to `cmd` with `args`, as the app would give it.
pub fn answer(s: &mut Store, ctx: &Context, cmd: &str, a: &Value) -> Result<Value> {
    let today = ctx.now.date();
    match cmd {
        "reference" => json(waypoint_core::reference::reference()),
        "today" => json(today),
        "dashboard" => json(s.dashboard(ctx.now)?),
        "settings" => json(s.settings()?),
        "save_settings" => json(s.save_settings(&arg(a, "settings")?)?),
        "remember_place" => json(s.remember_place(&arg(a, "place")?)?),
        "place_to_reopen" => json(s.place_to_reopen()?),
        "find_entries" => json(s.find_entries(&arg(a, "query")?)?),
        "offset_of_date" => json(s.offset_of_date(&arg(a, "query")?, &arg::<String>(a, "date")?)?),
        "list_trash" => json(s.list_trash(arg(a, "offset")?, arg(a, "limit")?)?),
        "journal_counts" => json(s.counts()?),
        "entry" => json(s.entry(arg(a, "id")?)?),
        "create_entry" => json(s.create_entry(&arg(a, "draft")?, today)?),
        "update_entry" => json(s.update_entry(arg(a, "id")?, &arg(a, "draft")?, today)?),
        "set_starred" => json(s.set_starred(arg(a, "id")?, arg(a, "starred")?)?),
        "trash_entry" => json(s.trash_entry(arg(a, "id")?)?),
        "restore_entry" => json(s.restore_entry(arg(a, "id")?)?),
        "empty_trash" => json(s.empty_trash()?),
        "delete_forever" => json(s.delete_forever(arg(a, "id")?)?),
        "list_tags" => json(s.list_tags()?),
        "check_tags" => json(waypoint_core::journal::validate::tags(
            &arg::<Vec<String>>(a, "tags")?,
        )?),
        "keep_draft" => {
            json(s.keep_draft(arg(a, "id")?, arg(a, "entryId")?, &arg(a, "draft")?, today)?)
        }
        "kept_drafts" => json(s.kept_drafts()?),
        "kept_draft" => json(s.kept_draft(arg(a, "id")?)?),
        "discard_kept_draft" => json(s.discard_kept_draft(arg(a, "id")?)?),
        "render_markdown" => json(waypoint_core::markdown::render(&arg::<String>(
            a, "markdown",
        )?)),
        // The core's verdict only: a test or the dev server never starts a browser.
        "open_link" => json(waypoint_core::links::outside_link(&arg::<String>(
            a, "url",
        )?)?),
        _ => plan(s, today, cmd, a)
            .or_else(|| documents(s, cmd, a))
            .or_else(|| competencies_and_prompts(s, today, cmd, a))
            .or_else(|| workload(s, ctx, cmd, a))
            .or_else(|| review(s, ctx, cmd, a))
            .or_else(|| data(s, ctx, cmd, a))
            .or_else(|| lock(s, ctx, cmd, a))
            .unwrap_or_else(|| Err(Error::invalid(format!("There is no command {cmd}.")))),
    }
}

fn documents(s: &mut Store, cmd: &str, a: &Value) -> Option<Result<Value>> {
    use waypoint_core::export;
    use waypoint_core::roi::Currency;
    let id = || arg::<i64>(a, "id");
    Some(match cmd {
        "document_templates" => s.document_templates().and_then(json),
        "add_document_template" => arg(a, "draft")
            .and_then(|d| s.add_document_template(&d))
            .and_then(json),
        "edit_document_template" => {
            (|| s.edit_document_template(&arg(a, "template")?, &arg(a, "draft")?))().and_then(json)
        }
        "reset_document_template" => arg(a, "kind")
            .and_then(|k| s.reset_document_template(k))
            .and_then(json),
        "delete_document_template" => id()
            .and_then(|id| s.delete_document_template(id))
            .and_then(json),
        "find_documents" => arg(a, "query").and_then(|q| s.documents(&q)).and_then(json),
        "document" => id().and_then(|id| s.document(id)).and_then(json),
        "create_document" => {
            (|| s.create_document_from(&arg(a, "template")?, &arg::<String>(a, "title")?))()
                .and_then(json)
        }
        "save_document" => (|| s.save_document(id()?, &arg(a, "draft")?))().and_then(json),
        "check_document" => (|| {
            let body: String = arg(a, "body")?;
            json(waypoint_core::documents::check_document(
                &body,
                arg(a, "kind")?,
                &arg(a, "dismissals")?,
                &s.writing_glossary()?,
            ))
        })(),
        "render_document" => arg::<String>(a, "markdown")
            .map(|m| export::document_html(&m, &Currency::default()))
            .and_then(json),
        "star_document" => (|| s.star_document(id()?, arg(a, "starred")?))().and_then(json),
        "set_document_tags" => {
            (|| s.set_document_tags(id()?, &arg::<Vec<String>>(a, "tags")?))().and_then(json)
        }
        "glossary" => s.glossary().and_then(json),
        "add_glossary_term" => arg(a, "draft")
            .and_then(|d| s.add_glossary_term(&d))
            .and_then(json),
        "edit_glossary_term" => {
            (|| s.edit_glossary_term(&arg(a, "term")?, &arg(a, "draft")?))().and_then(json)
        }
        "set_glossary_term_hidden" => {
            (|| s.set_glossary_term_hidden(&arg(a, "term")?, arg(a, "hidden")?))().and_then(json)
        }
        "reset_glossary_term" => arg::<String>(a, "builtIn")
            .and_then(|k| s.reset_glossary_term(&k))
            .and_then(json),
        "delete_glossary_term" => id()
            .and_then(|id| s.delete_glossary_term(id))
            .and_then(json),
        "trash_document" => id().and_then(|id| s.trash_document(id)).and_then(json),
        "restore_document" => id().and_then(|id| s.restore_document(id)).and_then(json),
        "delete_document_forever" => id()
            .and_then(|id| s.delete_document_forever(id))
            .and_then(json),
        "set_document_dismissals" => {
            (|| s.set_document_dismissals(id()?, &arg(a, "dismissals")?))().and_then(json)
        }
        "keep_document_revision" => {
            (|| s.keep_document_revision(id()?, arg(a, "reason")?))().and_then(json)
        }
        "document_revisions" => id().and_then(|id| s.document_revisions(id)).and_then(json),
        "name_document_version" => {
            (|| s.name_document_version(id()?, &arg::<String>(a, "name")?))().and_then(json)
        }
        "diff_document_revisions" => {
            (|| s.diff_document_revisions(arg(a, "from")?, arg(a, "to")?))().and_then(json)
        }
        "restore_document_revision" => id()
            .and_then(|id| s.restore_document_revision(id))
            .and_then(json),
        "keep_unsaved_document" => {
            (|| s.keep_unsaved_document(id()?, &arg(a, "draft")?))().and_then(json)
        }
        "document_revision_draft" => id()
            .and_then(|id| s.document_revision_draft(id))
            .and_then(json),
        "export_document_to_folder" => {
            (|| crate::exports::to_folder(s, id()?, arg(a, "format")?))().and_then(json)
        }
        // A save dialog needs the app's window: outside it, the writer picks no file.
        "choose_export_path" => json(None::<waypoint_core::export::ExportTarget>),
        "export_document" => (|| {
            let path: std::path::PathBuf = arg(a, "path")?;
            export::write(
                &s.document(id()?)?,
                arg(a, "format")?,
                &path,
                &Currency::default(),
            )
        })()
        .and_then(json),
        "roi_forms" => arg::<String>(a, "body")
            .map(|b| waypoint_core::roi::roi_forms(&b))
            .and_then(json),
        "roi_form_figures" => arg::<Vec<waypoint_core::roi::RoiFieldText>>(a, "fields")
            .and_then(|f| waypoint_core::roi::form_figures(&f, &Currency::default()))
            .and_then(json),
        "apply_roi_form" => (|| {
            waypoint_core::roi::apply_form(
                &arg::<String>(a, "body")?,
                arg(a, "index")?,
                &arg::<Vec<waypoint_core::roi::RoiFieldText>>(a, "fields")?,
            )
        })()
        .and_then(json),
        _ => return None,
    })
}

fn plan(s: &mut Store, today: NaiveDate, cmd: &str, a: &Value) -> Option<Result<Value>> {
    let id = || arg::<i64>(a, "id");
    let plan_id = || arg::<i64>(a, "planId");
    let quarter = || arg::<u8>(a, "quarter");
    Some(match cmd {
        "list_plans" => s.list_plans(today).and_then(json),
        "plan" => id().and_then(|id| s.plan(id, today)).and_then(json),
        "default_plan_title" => arg::<String>(a, "startMonth")
            .and_then(|m| waypoint_core::plan::default_plan_title(&m, today))
            .and_then(json),
        "create_plan" => arg(a, "plan")
            .and_then(|p| s.create_plan(&p, today))
            .and_then(json),
        "rename_plan" => {
            (|| s.rename_plan(id()?, &arg::<String>(a, "title")?, today))().and_then(json)
        }
        "set_plan_archived" => {
            (|| s.set_plan_archived(id()?, arg(a, "archived")?, today))().and_then(json)
        }
        "update_quarter" => (|| {
            let (focus, goals): (String, String) = (arg(a, "focus")?, arg(a, "goals")?);
            s.update_quarter(plan_id()?, quarter()?, &focus, &goals, today)
        })()
        .and_then(json),
        "add_milestone" => {
            (|| s.add_milestone(plan_id()?, quarter()?, &arg::<String>(a, "title")?, today))()
                .and_then(json)
        }
        "update_milestone" => {
            (|| s.update_milestone(id()?, &arg(a, "draft")?, today))().and_then(json)
        }
        "set_milestone_status" => {
            (|| s.set_milestone_status(id()?, arg(a, "status")?, today))().and_then(json)
        }
        "suggested_plan_start" => s.suggested_plan_start(today).and_then(json),
        "step_milestone" => (|| s.step_milestone(id()?, arg(a, "step")?, today))().and_then(json),
        "move_milestone" => {
            (|| s.move_milestone(id()?, quarter()?, arg(a, "position")?, today))().and_then(json)
        }
        "remove_milestone" => id()
            .and_then(|id| s.remove_milestone(id, today))
            .and_then(json),
        "restore_milestone" => id()
            .and_then(|id| s.restore_milestone(id, today))
            .and_then(json),
        "link_evidence" => {
            (|| s.link_evidence(arg(a, "milestoneId")?, arg(a, "entryId")?, today))().and_then(json)
        }
        "unlink_evidence" => {
            (|| s.unlink_evidence(arg(a, "milestoneId")?, arg(a, "entryId")?, today))()
                .and_then(json)
        }
        "link_document" => {
            (|| s.link_document(arg(a, "milestoneId")?, arg(a, "documentId")?, today))()
                .and_then(json)
        }
        "unlink_document" => {
            (|| s.unlink_document(arg(a, "milestoneId")?, arg(a, "documentId")?, today))()
                .and_then(json)
        }
        "milestones_for_document" => arg(a, "documentId")
            .and_then(|d| s.milestones_for_document(d, today))
            .and_then(json),
        "milestones_for_entry" => arg(a, "entryId")
            .and_then(|e| s.milestones_for_entry(e, today))
            .and_then(json),
        "milestone_choices" => s.milestone_choices(today).and_then(json),
        "start_retrospective" => {
            (|| s.start_retrospective(plan_id()?, quarter()?, today))().and_then(json)
        }
        _ => return None,
    })
}

/// A competency change answers with the whole overview, as the app's commands do.
fn then_overview<T>(s: &mut Store, done: Result<T>) -> Result<Value> {
    done.and_then(|_| s.competency_overview()).and_then(json)
}

fn competencies_and_prompts(
    s: &mut Store,
    today: NaiveDate,
    cmd: &str,
    a: &Value,
) -> Option<Result<Value>> {
    let id = || arg::<i64>(a, "id");
    Some(match cmd {
        "competency_overview" => s.competency_overview().and_then(json),
        "save_competency_profile" => {
            let done = arg(a, "profile").and_then(|p| s.save_competency_profile(&p));
            then_overview(s, done)
        }
        "switch_competency_track" => {
            let done = arg(a, "track").and_then(|t| s.switch_competency_track(t));
            then_overview(s, done)
        }
        "add_competency" => arg(a, "draft")
            .and_then(|d| s.add_competency(&d))
            .and_then(json),
        "update_competency" => {
            let done = (|| {
                s.update_competency(
                    id()?,
                    &arg::<String>(a, "name")?,
                    &arg::<String>(a, "description")?,
                )
            })();
            then_overview(s, done)
        }
        "set_competency_archived" => {
            let done = (|| s.set_competency_archived(id()?, arg(a, "archived")?))();
            then_overview(s, done)
        }
        "record_self_review" => {
            let done = arg::<Vec<_>>(a, "ratings").and_then(|r| s.record_self_review(&r, today));
            then_overview(s, done)
        }
        "suggest_prompts" => s.suggest_prompts(today).and_then(json),
        "list_prompts" => s.list_prompts().and_then(json),
        "add_prompt" => arg(a, "draft")
            .and_then(|d| s.add_prompt(&d))
            .and_then(json),
        "update_prompt" => (|| s.update_prompt(id()?, &arg::<String>(a, "text")?))().and_then(json),
        "set_prompt_hidden" => (|| s.set_prompt_hidden(id()?, arg(a, "hidden")?))().and_then(json),
        _ => return None,
    })
}

fn data(s: &mut Store, ctx: &Context, cmd: &str, a: &Value) -> Option<Result<Value>> {
    use waypoint_core::transfer::ImportRequest;
    let today = ctx.now.date();
    let request = || {
        let r: ImportRequest = arg(a, "request")?;
        r.within_window_limit().map(|()| r)
    };
    Some(match cmd {
        "backups" => s.backups().and_then(json),
        "back_up_now" => s
            .backup_now(&ctx.now.format("%Y-%m-%dT%H%M%S").to_string())
            .map(|p| p.display().to_string())
            .and_then(json),
        "export_everything" => {
            (|| crate::exports::everything_to_folder(s, arg(a, "format")?, today))().and_then(json)
        }
        // The folder dialog needs the app's window: outside it, no folder is chosen.
        "choose_notes_folder" => json(None::<()>),
        "preview_import" => request()
            .and_then(|r| s.preview_import(&r, today))
            .and_then(json),
        "import_files" => request().and_then(|r| s.import(&r, today)).and_then(json),
        _ => return None,
    })
}

/// A command answered for an encrypted journal opened without its passphrase, as the window
/// answers while locked: its state, an unlock (the passphrase is checked), or a refusal.
pub fn answer_locked(data_dir: &std::path::Path, cmd: &str, a: &Value) -> Result<Value> {
    use waypoint_core::store::encryption::{self, LockState};
    match cmd {
        "lock_state" => json(LockState::locked()),
        "unlock" => {
            encryption::unlock_key(data_dir, &arg::<String>(a, "passphrase")?, "passphrase")
                .and_then(|_| {
                    json(LockState {
                        locked: false,
                        ..LockState::locked()
                    })
                })
        }
        "lock_now" | "lock_ready" | "still_here" | "flush_done" => Ok(Value::Null),
        _ => Err(encryption::refused_while_locked()),
    }
}

/// A command answered for a journal that does not open (`problem`), as the window answers
/// then: its state with the newest whole backup, the restore of a backup, or the problem.
pub fn answer_damaged(
    data_dir: &std::path::Path,
    problem: &Error,
    ctx: &Context,
    cmd: &str,
    a: &Value,
) -> Result<Value> {
    use waypoint_core::store::{backup, encryption::LockState};
    match cmd {
        "lock_state" => json(LockState::damaged(data_dir, problem, None)),
        "restore_backup" => {
            let stamp = ctx.now.format("%Y-%m-%dT%H%M%S").to_string();
            let path: std::path::PathBuf = arg(a, "path")?;
            json(backup::restore(data_dir, &path, &stamp, None)?)
        }
        "flush_done" | "still_here" => Ok(Value::Null),
        _ => Err(problem.clone()),
    }
}

/// The lock, answered for a journal that is open (as the dev store always is): unlocking
/// answers its state, and locking is the window's business.
fn lock(s: &mut Store, ctx: &Context, cmd: &str, a: &Value) -> Option<Result<Value>> {
    let stamp = ctx.now.format("%Y-%m-%dT%H%M%S").to_string();
    use waypoint_core::store::encryption::LockState;
    use waypoint_core::KdfParams;
    let kdf = KdfParams::RFC_9106_SECOND;
    let text = |name: &str| arg::<String>(a, name);
    Some(match cmd {
        "lock_state" | "unlock" => json(LockState::of(s)),
        "lock_now" | "lock_ready" | "still_here" => Ok(Value::Null),
        "set_passphrase" => {
            (|| s.set_passphrase(&text("passphrase")?, &text("confirmation")?, kdf))()
                .and_then(|()| json(LockState::of(s)))
        }
        "change_passphrase" => (|| {
            s.change_passphrase(
                &text("current")?,
                &text("passphrase")?,
                &text("confirmation")?,
                kdf,
            )
        })()
        .and_then(json),
        "remove_passphrase" => text("current")
            .and_then(|c| s.remove_passphrase(&c))
            .and_then(|()| json(LockState::of(s))),
        "lock_settings" => s.lock_settings().and_then(json),
        "restore_backup" => arg::<std::path::PathBuf>(a, "path")
            .and_then(|p| s.restore_backup(&p, &stamp))
            .and_then(json),
        "save_lock_settings" => arg(a, "settings")
            .and_then(|l| s.save_lock_settings(&l))
            .and_then(json),
        _ => return None,
    })
}

fn review(s: &mut Store, ctx: &Context, cmd: &str, a: &Value) -> Option<Result<Value>> {
    use waypoint_core::review::{write_review, Review, ReviewRequest};
    use waypoint_core::roi::Currency;
    let today = ctx.now.date();
    let of = |s: &Store| -> Result<Review> {
        let request: ReviewRequest = arg(a, "request")?;
        s.review_for(&request, today, &rules(s, ctx)?, &Currency::default())
    };
    Some(match cmd {
        "review_period" => arg(a, "preset")
            .and_then(|p| s.review_preset(p, today))
            .and_then(json),
        "review" => {
            (|| s.review_page(&arg(a, "request")?, today, &rules(s, ctx)?))().and_then(json)
        }
        "export_review_to_folder" => {
            (|| crate::exports::review_to_folder(&of(s)?, arg(a, "format")?))().and_then(json)
        }
        "export_review" => (|| {
            let path: std::path::PathBuf = arg(a, "path")?;
            write_review(&of(s)?, arg(a, "format")?, &path)
        })()
        .and_then(json),
        "keep_review" => (|| {
            let request: ReviewRequest = arg(a, "request")?;
            s.keep_review(&request, today, &rules(s, ctx)?, &Currency::default())
        })()
        .and_then(json),
        "bring_review_up_to_date" => (|| {
            let rules = rules(s, ctx)?;
            s.bring_review_up_to_date(arg(a, "id")?, today, &rules, &Currency::default())
        })()
        .and_then(json),
        _ => return None,
    })
}

fn workload(s: &mut Store, ctx: &Context, cmd: &str, a: &Value) -> Option<Result<Value>> {
    let today = ctx.now.date();
    Some(match cmd {
        "work_settings" => s.work_settings().and_then(json),
        "save_work_settings" => arg(a, "settings")
            .and_then(|w| s.save_work_settings(&w))
            .and_then(json),
        "save_checkin" => arg(a, "draft")
            .and_then(|d| s.save_checkin(&d, today))
            .and_then(json),
        "checkin_due" => rules(s, ctx)
            .and_then(|r| s.checkin_due(today, &r))
            .and_then(json),
        "reminder_settings" => s.reminder_settings().and_then(json),
        "save_reminder_settings" => arg(a, "settings")
            .and_then(|r| s.save_reminder_settings(&r))
            .and_then(json),
        "update_checkin_hours" => (|| {
            let day = time::parse_day(&arg::<String>(a, "weekStart")?)?;
            s.update_checkin_hours(day, &rules(s, ctx)?)
        })()
        .and_then(json),
        "workload_overview" => {
            (|| s.workload_overview(today, arg(a, "weeks")?, &rules(s, ctx)?))().and_then(json)
        }
        "week_detail" => (|| {
            let from = time::parse_day(&arg::<String>(a, "weekStart")?)?;
            s.week_detail(from, arg(a, "weeksLater")?, today, &rules(s, ctx)?)
        })()
        .and_then(json),
        "stress_year" => arg(a, "year").and_then(|y| s.stress_year(y)).and_then(json),
        "import_calendar" => (|| {
            let (name, bytes): (String, Vec<u8>) = (arg(a, "name")?, arg(a, "bytes")?);
            let opts = ImportOptions::around(today, rules(s, ctx)?.tz);
            s.import_calendar(&name, &bytes, &opts)
        })()
        .and_then(json),
        "calendar_sources" => s.calendar_sources().and_then(json),
        "remove_calendar_source" => arg(a, "id")
            .and_then(|id| s.remove_calendar_source(id))
            .and_then(json),
        // The app's shutdown handshake: nothing to flush here.
        "flush_done" => Ok(Value::Null),
        _ => return None,
    })
}
