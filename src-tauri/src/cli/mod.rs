//! The command line: `waypoint add | search | list | roi | check | docs | review | export |
//! import | backup | restore | calendar`, for scripting and for people coming from jrnl. It uses the same core
//! calls (and so the same ranking and filters) as the app; `args` says what each subcommand
//! takes, `print` how answers are written out, and `open_app` hands over to the app when there
//! is no subcommand.

/// `println!` that ends the program quietly when the reader has gone (`waypoint list | head -1`)
/// instead of panicking on the closed pipe.
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::cli::print::line(format_args!($($arg)*))
    };
}

pub mod answer;
mod args;
mod docs;
mod incoming;
mod open_app;
mod print;
mod review;
mod unlock;

use std::io::Read;
use std::path::Path;

use chrono::NaiveDate;
use waypoint_core::calendar::ImportOptions;
use waypoint_core::journal::QuickEntry;
use waypoint_core::search::EntryQuery;
use waypoint_core::{Error, Store};

use args::{
    AddArgs, CalendarCommand, CheckArgs, DevCommand, FilterArgs, ImportArgs, RoiArgs, WeeksArgs,
};
pub use args::{Args, Command};
pub use open_app::open_app;
use print::{
    display_title, print_check, print_hits, print_import, print_import_report, print_json,
    print_roi, print_weeks,
};

/// Runs a subcommand and returns the process exit code (0 ok, 1 failed, 2 bad input);
/// an encrypted journal's passphrase comes from `passphrase_fd` or the terminal.
pub fn run(command: Command, data_dir: &Path, passphrase_fd: Option<u32>) -> i32 {
    let journal = unlock::Opener::new(data_dir, passphrase_fd);
    let outcome = match command {
        Command::Check(a) => check(a),
        other => dispatch(other, &journal).map(|()| 0),
    };
    match outcome {
        Ok(code) => code,
        Err(e) => {
            eprintln!("waypoint: {}", e.message);
            match e.kind {
                waypoint_core::ErrorKind::InvalidInput => 2,
                _ => 1,
            }
        }
    }
}

fn dispatch(command: Command, journal: &unlock::Opener) -> Result<(), Error> {
    let data_dir = journal.data_dir;
    let open = || journal.open();
    match command {
        Command::Add(a) => add(&mut open()?, a),
        Command::Search(s) => {
            let json = s.filters.json;
            let q = query(s.query.join(" "), s.filters);
            print_hits(&open()?.find_entries(&q)?.items, json)
        }
        Command::List(f) => {
            let json = f.json;
            print_hits(&open()?.find_entries(&query(String::new(), f))?.items, json)
        }
        Command::Roi(a) => roi(a),
        Command::Review(a) => review::run(&open()?, a),
        Command::Backup { out } => {
            let store = open()?;
            let path = match out {
                Some(path) => store.backup_to(&path).map(|()| path)?,
                None => store.backup_now(&file_stamp())?,
            };
            outln!("Backed up the journal to {}", path.display());
            Ok(())
        }
        Command::Export { format, out } => {
            let store = open()?;
            if format == "markdown" {
                let n = store.export_markdown_folder(&out)?;
                outln!("Exported {n} files to {}", out.display());
                return Ok(());
            }
            waypoint_core::export::write_file(&out, store.export_json()?.as_bytes())?;
            outln!("Exported everything to {}", out.display());
            Ok(())
        }
        Command::Import {
            format,
            path,
            dry_run,
            json,
            moods,
        } => {
            if format == "json" {
                if dry_run {
                    return Err(Error::invalid(
                        "--dry-run previews an import from another journal; an export of Waypoint goes into an empty journal whole.",
                    ));
                }
                open()?.import_json(&read_export(&path)?)?;
                outln!("Imported {} into {}", path.display(), data_dir.display());
                return Ok(());
            }
            let request = incoming::request(&format, &path, &moods)?;
            let today = crate::clock::today();
            let mut store = open()?;
            let report = if dry_run {
                store.preview_import(&request, today)?
            } else {
                store.import(&request, today)?
            };
            if json {
                print_json(&report)
            } else {
                print_import_report(&report, dry_run);
                Ok(())
            }
        }
        Command::Encrypt => journal.encrypt(),
        Command::Decrypt => journal.decrypt(),
        Command::Passphrase => journal.change_passphrase(),
        Command::Restore { file } => {
            let key = journal.key()?;
            let aside = waypoint_core::store::backup::restore(
                data_dir,
                &file,
                &file_stamp(),
                key.as_ref(),
            )?;
            outln!("Restored the journal from {}.", file.display());
            if let Some(aside) = aside {
                outln!("The journal it replaced is kept as {}.", aside.display());
            }
            Ok(())
        }
        Command::Check(_) => unreachable!("run answers check itself"),
        Command::Docs { command } => docs::run(&mut open()?, command),
        Command::Calendar {
            command: CalendarCommand::Import(a),
        } => import_calendar(&mut open()?, a),
        Command::Calendar {
            command: CalendarCommand::Weeks(a),
        } => weeks(&open()?, a),
        Command::Dev {
            command: DevCommand::Generate { count, seed },
        } => {
            let mut store = open()?;
            let today = crate::clock::today();
            let n = store.create_entries(
                &waypoint_core::sample_data::journal(seed, count, today),
                today,
            )?;
            outln!("Added {n} generated entries to {}", store.path().display());
            Ok(())
        }
        Command::Dev {
            command:
                DevCommand::Answer {
                    command,
                    args,
                    today,
                },
        } => dev_answer(journal, &command, &args, today),
        Command::Dev {
            command: DevCommand::WriteLoop { count },
        } => write_loop(&mut open()?, count),
        Command::Dev {
            command: DevCommand::Showcase { today },
        } => {
            let (mut store, today) = dev_store(journal, today)?;
            waypoint_core::showcase::write(&mut store, today)
        }
    }
}

/// Entry `i` is "Write i" with two tags; its number is printed only after its commit returned.
fn write_loop(store: &mut Store, count: u64) -> Result<(), Error> {
    let today = crate::clock::today();
    for i in 0..count {
        let draft = waypoint_core::journal::EntryDraft {
            title: format!("Write {i}"),
            body: format!("Body of write {i}, long enough to span a page now and then. ")
                .repeat(1 + (i % 40) as usize),
            tags: vec!["crash".into(), format!("t{}", i % 7)],
            ..Default::default()
        };
        store.create_entry(&draft, today)?;
        outln!("{i}");
    }
    Ok(())
}

/// An export file's text, refused whole when it is too large or not UTF-8.
fn read_export(file: &Path) -> Result<String, Error> {
    use waypoint_core::transfer::json::MAX_BYTES;
    let unreadable =
        |e: std::io::Error| Error::invalid(format!("{} could not be read: {e}.", file.display()));
    let size = std::fs::metadata(file).map_err(unreadable)?.len();
    if size > MAX_BYTES {
        return Err(Error::invalid(format!(
            "{} is {} MB, more than an export of Waypoint can be ({} MB); choose the file Waypoint exported.",
            file.display(),
            size >> 20,
            MAX_BYTES >> 20
        )));
    }
    let bytes = std::fs::read(file).map_err(unreadable)?;
    waypoint_core::transfer::decode_text(&bytes, &format!("file {}", file.display()))
}

/// The local time as a file name takes it: 2026-12-07T101500.
fn file_stamp() -> String {
    crate::clock::now().format("%Y-%m-%dT%H%M%S").to_string()
}

/// The store and the day for a developer tool: on a given day, its record stamps are noon
/// UTC of that day, so what it writes is the same on every run.
fn dev_store(
    journal: &unlock::Opener,
    today: Option<NaiveDate>,
) -> Result<(Store, NaiveDate), Error> {
    let clock: Box<dyn waypoint_core::time::Clock> = match today {
        Some(day) => {
            let noon = day.and_hms_opt(12, 0, 0).expect("noon exists");
            Box::new(waypoint_core::time::FixedClock(noon.and_utc()))
        }
        None => Box::new(crate::clock::SystemClock),
    };
    let store = journal.open_with(clock)?;
    Ok((store, today.unwrap_or_else(crate::clock::today)))
}

/// One app command's answer, printed as `{"ok": ...}` or `{"err": ...}`: a refusal is an
/// answer too, so the exit code is 0 unless the store cannot be opened.
fn dev_answer(
    journal: &unlock::Opener,
    cmd: &str,
    args: &str,
    today: Option<NaiveDate>,
) -> Result<(), Error> {
    // A pinned day is answered at noon (a dashboard then says "Good afternoon").
    let now = today.map_or_else(crate::clock::now, |d| {
        d.and_hms_opt(12, 0, 0).expect("noon exists")
    });
    let args = serde_json::from_str::<serde_json::Value>(args)
        .map_err(|e| Error::invalid(format!("The arguments are not a JSON object: {e}.")));
    let outcome = if journal.locked_for_tools()? {
        args.and_then(|a| answer::answer_locked(journal.data_dir, cmd, &a))
    } else {
        let ctx = answer::Context {
            now,
            zone: crate::clock::zone(),
        };
        match dev_store(journal, today) {
            Ok((mut store, _)) => args.and_then(|a| answer::answer(&mut store, &ctx, cmd, &a)),
            Err(e) => {
                args.and_then(|a| answer::answer_damaged(journal.data_dir, &e, &ctx, cmd, &a))
            }
        }
    };
    let printed = match outcome {
        Ok(v) => serde_json::json!({ "ok": v }),
        Err(e) => serde_json::json!({ "err": e }),
    };
    outln!("{printed}");
    Ok(())
}

/// Every figure of the model in a file; it needs no journal.
fn roi(a: RoiArgs) -> Result<(), Error> {
    use waypoint_core::roi;
    let currency = roi::Currency::new(&a.currency);
    let report = roi::report(&roi::model_from_file(&a.file)?, &currency);
    if let Some(path) = &a.chart {
        std::fs::write(path, roi::chart_svg(&report, &currency)).map_err(|e| {
            Error::invalid(format!(
                "The chart could not be written to {}: {e}. Choose a folder you may write to.",
                path.display()
            ))
        })?;
    }
    if a.json {
        return print_json(&report);
    }
    print_roi(&report);
    Ok(())
}

/// The writing checks of a file; it needs no journal. Exit 1 under --strict when a structure
/// check fails.
fn check(a: CheckArgs) -> Result<i32, Error> {
    use waypoint_core::writing::{built_in_glossary, CheckOptions, Dismissals, DocKind};
    let text = waypoint_core::text_file::read(
        &a.file,
        "a document to check",
        "waypoint check reads Markdown or plain text",
    )?;
    let glossary = built_in_glossary();
    let kind = a
        .kind
        .or_else(|| waypoint_core::export::kind_in_front_matter(&text).map(|k| k.checked_as()))
        .unwrap_or(DocKind::Note);
    let report = waypoint_core::writing::check(
        &text,
        &CheckOptions {
            kind,
            glossary: &glossary,
            dismissals: &Dismissals::default(),
        },
    );
    if a.json {
        print_json(&report)?;
    } else {
        print_check(&a.file.display().to_string(), &report);
    }
    let failed = report.structure.iter().any(|c| !c.passed);
    Ok(if a.strict && failed { 1 } else { 0 })
}

/// The same weekly metrics the app shows, for the weeks from `--from` to `--to`.
fn weeks(store: &Store, a: WeeksArgs) -> Result<(), Error> {
    if a.to < a.from {
        return Err(Error::invalid(format!(
            "--to {} is before --from {}; give the earlier date first.",
            a.to, a.from
        )));
    }
    if (a.to - a.from).num_days() > 3660 {
        return Err(Error::invalid(
            "Ask for at most ten years of weeks at a time.",
        ));
    }
    let mut settings = store.work_settings()?;
    if let Some(tz) = a.tz {
        settings.time_zone = tz;
    }
    let weeks = store.weekly_metrics(a.from, a.to, &settings.rules(crate::clock::zone())?)?;
    if a.json {
        return print_json(&weeks);
    }
    print_weeks(&weeks);
    Ok(())
}

/// Imports around today (floating times and window days in the user's zone).
fn import_calendar(store: &mut Store, a: ImportArgs) -> Result<(), Error> {
    let today = crate::clock::today();
    // The app's time zone setting (the computer's zone unless changed), as the app imports.
    let opts = ImportOptions::around(
        today,
        store.work_settings()?.rules(crate::clock::zone())?.tz,
    );
    let report = store.import_calendar_file(&a.file, &opts)?;
    if a.json {
        return print_json(&report);
    }
    print_import(&report);
    Ok(())
}

fn query(text: String, f: FilterArgs) -> EntryQuery {
    EntryQuery {
        text,
        tags: f.tags,
        kind: f.kind,
        from: f.from,
        to: f.to,
        starred_only: f.starred,
        offset: f.offset,
        limit: f.limit,
    }
}

fn add(store: &mut Store, a: AddArgs) -> Result<(), Error> {
    let text = if a.text.is_empty() || a.text == ["-"] {
        let mut buf = String::new();
        std::io::stdin().read_to_string(&mut buf).map_err(|e| {
            Error::invalid(format!("Could not read the entry from standard input: {e}"))
        })?;
        buf
    } else {
        a.text.join(" ")
    };
    let quick = QuickEntry {
        text,
        title: a.title,
        tags: a.tags,
        date: a.date,
        kind: a.kind,
    };
    if quick.is_empty() {
        return Err(Error::invalid(
            "Nothing to add: give the entry's text as arguments (waypoint add \"Text\") or on standard input.",
        ));
    }
    let today = crate::clock::today();
    let entry = store.create_entry_starred(&quick.draft(today), a.star, today)?;
    if a.json {
        print_json(&entry)
    } else {
        outln!(
            "Added entry {} for {}: {}",
            entry.id,
            entry.entry_date,
            display_title(&entry.title)
        );
        Ok(())
    }
}
