//! The command line: `waypoint add | search | list | calendar`, for scripting and for people
//! coming from jrnl. It uses the same core calls (and so the same ranking and filters) as the app.

/// `println!` that ends the program quietly when the reader has gone (`waypoint list | head -1`)
/// instead of panicking on the closed pipe.
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::cli::line(format_args!($($arg)*))
    };
}

use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::{Args as ClapArgs, Parser, Subcommand};
use waypoint_core::calendar::{self, ImportOptions};
use waypoint_core::journal::{Entry, EntryDraft, EntryKind};
use waypoint_core::search::{EntryHit, EntryQuery};
use waypoint_core::{Error, Store};

#[derive(Parser, Debug)]
#[command(
    name = "waypoint",
    version,
    about = "Waypoint: a private journal and planner. With no command, opens the app."
)]
pub struct Args {
    /// Where the journal lives (default: $WAYPOINT_DATA_DIR, else the platform data folder).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Write an entry. Text from the arguments, or from standard input when there is none.
    /// As in jrnl, the first sentence becomes the title and @words become tags.
    Add(AddArgs),
    /// Search entries (same ranking and filters as the app).
    Search(SearchArgs),
    /// List entries, newest first.
    List(FilterArgs),
    /// Calendars exported as .ics (Google Calendar, Outlook, Apple Calendar).
    Calendar {
        #[command(subcommand)]
        command: CalendarCommand,
    },
    /// Developer tools (generate a large journal for performance checks).
    #[command(hide = true)]
    Dev {
        #[command(subcommand)]
        command: DevCommand,
    },
}

#[derive(ClapArgs, Debug)]
pub struct AddArgs {
    /// The entry's text; "-" or nothing reads standard input.
    pub text: Vec<String>,
    /// A title (otherwise the first sentence of the text).
    #[arg(long)]
    pub title: Option<String>,
    /// A tag; repeat for several.
    #[arg(long = "tag", short = 't')]
    pub tags: Vec<String>,
    /// The day the entry is about (YYYY-MM-DD, "today" or "yesterday"; default today).
    #[arg(long)]
    pub date: Option<String>,
    /// reflection, weekly-review, meeting-note, decision, quarter-retrospective or other.
    #[arg(long, value_parser = parse_kind)]
    pub kind: Option<EntryKind>,
    /// Star the entry as a highlight.
    #[arg(long)]
    pub star: bool,
    /// Print the saved entry as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(ClapArgs, Debug)]
pub struct SearchArgs {
    /// Words to find; "quoted words" match as a phrase.
    pub query: Vec<String>,
    #[command(flatten)]
    pub filters: FilterArgs,
}

#[derive(ClapArgs, Debug)]
pub struct FilterArgs {
    /// Only entries with this tag; repeat to require several.
    #[arg(long = "tag", short = 't')]
    pub tags: Vec<String>,
    #[arg(long, value_parser = parse_kind)]
    pub kind: Option<EntryKind>,
    /// From this day (YYYY-MM-DD), inclusive.
    #[arg(long)]
    pub from: Option<String>,
    /// To this day (YYYY-MM-DD), inclusive.
    #[arg(long)]
    pub to: Option<String>,
    /// Only starred entries.
    #[arg(long)]
    pub starred: bool,
    /// How many results (at most 500).
    #[arg(long, short = 'n', default_value_t = 20)]
    pub limit: u32,
    /// Skip this many results (paging).
    #[arg(long, default_value_t = 0)]
    pub offset: u32,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Subcommand, Debug)]
pub enum CalendarCommand {
    /// Import an .ics file. Importing a file with the same name again replaces its events.
    Import(ImportArgs),
    /// Weekly meeting metrics (weeks Monday to Sunday) from the imported calendars.
    Weeks(WeeksArgs),
}

#[derive(ClapArgs, Debug)]
pub struct WeeksArgs {
    /// First day (YYYY-MM-DD); its whole week is included.
    #[arg(long)]
    pub from: NaiveDate,
    /// Last day (YYYY-MM-DD); its whole week is included.
    #[arg(long)]
    pub to: NaiveDate,
    /// Time zone for weeks and working hours (IANA name; default: the app's setting).
    #[arg(long)]
    pub tz: Option<String>,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(ClapArgs, Debug)]
pub struct ImportArgs {
    /// The .ics file exported from your calendar.
    pub file: PathBuf,
    /// Print the import report as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Subcommand, Debug)]
pub enum DevCommand {
    /// Add a deterministic generated journal (ten years of realistic entries).
    Generate {
        #[arg(long, default_value_t = 50_000)]
        count: usize,
        #[arg(long, default_value_t = 42)]
        seed: u64,
    },
}

fn parse_kind(s: &str) -> Result<EntryKind, String> {
    EntryKind::parse(s).ok_or_else(|| {
        let names: Vec<&str> = EntryKind::ALL.iter().map(|k| k.as_str()).collect();
        format!("unknown kind \"{s}\"; use one of: {}", names.join(", "))
    })
}

/// Runs a subcommand and returns the process exit code (0 ok, 1 failed, 2 bad input).
pub fn run(command: Command, data_dir: &Path) -> i32 {
    match run_inner(command, data_dir) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("waypoint: {}", e.message);
            match e.kind {
                waypoint_core::ErrorKind::InvalidInput => 2,
                _ => 1,
            }
        }
    }
}

fn run_inner(command: Command, data_dir: &Path) -> Result<(), Error> {
    let mut store = Store::open_in_dir(data_dir, Box::new(crate::clock::SystemClock))?;
    match command {
        Command::Add(a) => add(&mut store, a),
        Command::Search(s) => {
            let json = s.filters.json;
            let q = query(s.query.join(" "), s.filters);
            print_hits(&store.find_entries(&q)?.items, json)
        }
        Command::List(f) => {
            let json = f.json;
            print_hits(&store.find_entries(&query(String::new(), f))?.items, json)
        }
        Command::Calendar { command } => calendar(&mut store, command),
        Command::Dev {
            command: DevCommand::Generate { count, seed },
        } => {
            let today = crate::clock::today();
            let n = store.create_entries(
                &waypoint_core::sample_data::journal(seed, count, today),
                today,
            )?;
            outln!("Added {n} generated entries to {}", store.path().display());
            Ok(())
        }
    }
}

fn calendar(store: &mut Store, command: CalendarCommand) -> Result<(), Error> {
    match command {
        CalendarCommand::Import(a) => import_calendar(store, a),
        CalendarCommand::Weeks(a) => weeks(store, a),
    }
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
    outln!("week of      meetings  share  focus  fragmented  busy  back-to-back  after-hours  count  stress");
    for w in &weeks {
        let stress = w.stress.map_or("-".to_string(), |s| format!("{s:.0}"));
        match &w.load {
            Some(l) => outln!(
                "{}  {:>7.1}h  {:>4.0}%  {:>4.1}h  {:>9.1}h  {:>4.1}h  {:>12}  {:>10.1}h  {:>5}  {:>6}",
                w.week_start,
                l.meeting_hours,
                l.meeting_share * 100.0,
                l.focus_hours,
                l.fragmented_hours,
                l.busy_hours,
                l.back_to_back_runs,
                l.after_hours_meeting_hours,
                l.meeting_count,
                stress
            ),
            None => outln!("{}  (no imported calendar covers this week){stress:>48}", w.week_start),
        }
    }
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
    let s = &report.source;
    let plural = |n: u32, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    outln!(
        "Imported {}: {} from {}, {} to {}.",
        s.name,
        plural(s.occurrences, "occurrence", "occurrences"),
        plural(report.events, "event", "events"),
        s.window_from,
        s.window_to
    );
    outln!(
        "  {} added, {} updated, {} removed, {} unchanged; {} cancelled, {} all-day, {} free.",
        report.added,
        report.updated,
        report.removed,
        report.unchanged,
        report.cancelled,
        report.all_day,
        report.free
    );
    if !report.truncated_series.is_empty() {
        outln!(
            "  Series cut short (too many repetitions): {}",
            report.truncated_series.join(", ")
        );
    }
    if !s.issues.is_empty() {
        outln!("{}:", plural(s.issues.len() as u32, "issue", "issues"));
        for i in &s.issues {
            outln!("  {}", calendar::describe_issue(i));
        }
    }
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
    if text.trim().is_empty() && a.title.as_deref().is_none_or(|t| t.trim().is_empty()) {
        return Err(Error::invalid(
            "Nothing to add: give the entry's text as arguments (waypoint add \"Text\") or on standard input.",
        ));
    }
    let (title, body) = match a.title {
        Some(t) => (t, text.trim().to_string()),
        None => split_title(&text),
    };
    let mut tags = a.tags;
    tags.extend(inline_tags(&text));
    let draft = EntryDraft {
        title,
        body,
        kind: a.kind,
        entry_date: a.date.map(|d| relative_date(&d)),
        tags,
    };
    let entry = store.create_entry_starred(&draft, a.star, crate::clock::today())?;
    if a.json {
        print_json(&entry)
    } else {
        outln!(
            "Added entry {} for {}: {}",
            entry.id,
            entry.entry_date,
            display_title(&entry)
        );
        Ok(())
    }
}

fn display_title(e: &Entry) -> &str {
    if e.title.is_empty() {
        "Untitled"
    } else {
        &e.title
    }
}

/// jrnl's rule: the first sentence (up to `.`, `?` or `!` followed by a space, or the first
/// line) is the title, the rest is the body.
fn split_title(text: &str) -> (String, String) {
    let text = text.trim();
    let first_line_end = text.find('\n').unwrap_or(text.len());
    let sentence_end = text[..first_line_end]
        .char_indices()
        .find(|(i, c)| {
            matches!(c, '.' | '?' | '!') && text[i + 1..].starts_with(char::is_whitespace)
        })
        .map(|(i, _)| i + 1);
    let cut = sentence_end.unwrap_or(first_line_end);
    (
        text[..cut].trim().to_string(),
        text[cut..].trim().to_string(),
    )
}

/// `@word` tags written inline, as jrnl users do.
fn inline_tags(text: &str) -> Vec<String> {
    text.split_whitespace()
        .filter_map(|w| w.strip_prefix('@'))
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn relative_date(s: &str) -> String {
    let today = crate::clock::today();
    match s.trim().to_lowercase().as_str() {
        "today" => today.to_string(),
        "yesterday" => today.pred_opt().unwrap_or(today).to_string(),
        _ => s.to_string(),
    }
}

fn print_json<T: serde::Serialize>(value: &T) -> Result<(), Error> {
    let s = serde_json::to_string_pretty(value)
        .map_err(|e| Error::storage(format!("Could not write JSON: {e}")))?;
    outln!("{s}");
    Ok(())
}

fn print_hits(hits: &[EntryHit], json: bool) -> Result<(), Error> {
    if json {
        return print_json(&hits);
    }
    if hits.is_empty() {
        eprintln!("No entries found.");
        return Ok(());
    }
    let color = std::io::stdout().is_terminal();
    for h in hits {
        let e = &h.entry;
        let star = if e.starred { "★ " } else { "" };
        let tags = if e.tags.is_empty() {
            String::new()
        } else {
            format!("  #{}", e.tags.join(" #"))
        };
        let title = if e.title.is_empty() {
            "Untitled"
        } else {
            &e.title
        };
        outln!("{}  {star}{title}{tags}   [{}]", e.entry_date, e.id);
        let line: String = if h.snippet.is_empty() {
            e.excerpt.clone()
        } else {
            h.snippet
                .iter()
                .map(|s| {
                    if s.hit && color {
                        format!("\x1b[1;33m{}\x1b[0m", s.text)
                    } else {
                        s.text.clone()
                    }
                })
                .collect()
        };
        if !line.is_empty() {
            outln!("    {line}");
        }
    }
    Ok(())
}

/// Writes one line to standard output. A closed pipe means the reader has all it wants: exit
/// quietly, as a command line tool should (nothing is left to write: every change was committed
/// before anything is printed).
pub(crate) fn line(args: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(e) = writeln!(out, "{args}").and_then(|()| out.flush()) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("waypoint: cannot write the output: {e}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_sentence_is_the_title() {
        assert_eq!(
            split_title("Met the CFO. Learned how the P&L works."),
            ("Met the CFO.".into(), "Learned how the P&L works.".into())
        );
        assert_eq!(
            split_title("No sentence end\nBody here"),
            ("No sentence end".into(), "Body here".into())
        );
        assert_eq!(
            split_title("Version 2.1 shipped"),
            ("Version 2.1 shipped".into(), String::new())
        );
    }

    #[test]
    fn inline_tags_are_found() {
        assert_eq!(
            inline_tags("Board prep with @cfo and @exec-comms, done."),
            vec!["cfo", "exec-comms"]
        );
    }
}
