//! The command line's arguments (clap): what each subcommand takes, with its help text.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args as ClapArgs, Parser, Subcommand};
use waypoint_core::documents::DocumentKind;
use waypoint_core::export::ExportFormat;
use waypoint_core::journal::EntryKind;
use waypoint_core::writing::DocKind;

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

    /// Read the passphrase of an encrypted journal from this file descriptor, one per line
    /// (`passphrase` reads the current one, then the new one), instead of asking at the
    /// terminal. Never pass a passphrase as an argument.
    #[arg(long, global = true, value_name = "N")]
    pub passphrase_fd: Option<u32>,

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
    /// The ROI of an investment: NPV, IRR, ROI %, payback, break-even. FILE is a JSON model
    /// (the calculator's fields, or explicit monthly flows) or a Markdown document with a
    /// ```roi block; the README lists the fields.
    Roi(RoiArgs),
    /// Writing checks for a Markdown file: counts, readability scores, findings (line:column)
    /// and, for a brief or a writeup, the structure checklist. --strict exits 1 when a
    /// structure check fails.
    Check(CheckArgs),
    /// Documents: executive briefs, feature writeups, one-pagers.
    Docs {
        #[command(subcommand)]
        command: DocsCommand,
    },
    /// A progress review of a period: plan, competencies, documents, starred entries, meeting
    /// load, what is still open and talking points. Journal text that is not starred and
    /// check-ins stay out unless named in --include. Prints Markdown, or with --json the review
    /// as data; --out writes md, html or pdf.
    Review(ReviewArgs),
    /// Back up the journal, through SQLite's backup API, into backups/ in the data folder (or
    /// to --out PATH). The app also makes one a day by itself and keeps 7 daily, 4 weekly and
    /// 12 monthly ones.
    Backup {
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
    },
    /// Encrypt the journal with a passphrase (asked twice at the terminal). Its backups are
    /// encrypted with it; the key file waypoint.key beside the journal is needed to open them.
    Encrypt,
    /// Remove the journal's encryption (and its backups'), with its passphrase.
    Decrypt,
    /// Change the passphrase of an encrypted journal (the database is not rewritten).
    Passphrase,
    /// Put a backup in place of the journal (quit the app first). The backup is checked first,
    /// and the journal it replaces is kept beside it as waypoint.sqlite3.replaced-TIME.
    Restore { file: PathBuf },
    /// Everything in the journal. json: one file (entries, documents with their revisions,
    /// plans, competencies and reviews, prompts, check-ins, calendars, settings), which
    /// `waypoint import json` takes back into a new journal exactly. markdown: a new folder
    /// with a file per entry and document, with front matter (an Obsidian vault).
    Export {
        /// json or markdown.
        #[arg(long, value_parser = ["json", "markdown"])]
        format: String,
        #[arg(long, value_name = "PATH")]
        out: PathBuf,
    },
    /// Bring entries in from another journal. `jrnl FILE`: a `jrnl --export json` file or
    /// jrnl's plain-text journal. `dayone ZIP`: Day One's JSON export. `markdown FOLDER`: notes
    /// with front matter (Obsidian daily notes, Joplin's Markdown + Front Matter export).
    /// `daylio CSV`: moods become daily check-ins (see --mood), notes entries. Entries already
    /// here are skipped, so importing twice adds nothing; all in one go or not at all.
    /// `json FILE`: an export of Waypoint into an empty journal (`--data-dir NEW`).
    Import {
        #[arg(value_parser = ["jrnl", "dayone", "markdown", "daylio", "json"])]
        format: String,
        path: PathBuf,
        /// Say what would be added and what skipped (and why), and write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// Daylio: the check-in a mood stands for, as MOOD=STRESS,ENERGY,IMPOSTER (stress and
        /// energy 1-10, imposter feeling 1-5); repeat for each mood. Daylio's own five moods
        /// have proposals, shown by --dry-run; other moods need one.
        #[arg(long = "mood", value_name = "MOOD=S,E,I")]
        moods: Vec<String>,
    },
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
pub struct RoiArgs {
    pub file: PathBuf,
    /// The currency amounts are written in (ISO code: USD, EUR, GBP, ...).
    #[arg(long, default_value = "USD")]
    pub currency: String,
    /// Also write the cumulative cash chart to this SVG file (for slides and documents).
    #[arg(long, value_name = "FILE.svg")]
    pub chart: Option<PathBuf>,
    /// Print every figure as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(ClapArgs, Debug)]
pub struct CheckArgs {
    pub file: PathBuf,
    /// brief or writeup add their structure checklist; note checks the prose only. Without it,
    /// the file's front matter `kind:` decides (as Waypoint exports write it), else note.
    #[arg(long, value_parser = parse_doc_kind)]
    pub kind: Option<DocKind>,
    /// Exit 1 when a structure check fails (for linting briefs in CI).
    #[arg(long)]
    pub strict: bool,
    /// Print the whole report as JSON.
    #[arg(long)]
    pub json: bool,
}

fn parse_doc_kind(s: &str) -> Result<DocKind, String> {
    DocKind::parse(s).map_err(|e| e.message)
}

#[derive(ClapArgs, Debug)]
pub struct SearchArgs {
    /// Words to find, each also in its other forms (strategy finds "strategic"); '"quoted
    /// words"' match as an exact phrase, 'a OR b' either, '-word' excludes (quote the search
    /// then, as in 'review -draft', so it is not read as an option).
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
pub enum DocsCommand {
    /// List documents, most recently changed first: id, kind, words, structure checks, title.
    List(DocsListArgs),
    /// Print a document as Markdown with front matter (--json: the document and its checks).
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Start a document: its text from FILE ("-" for standard input), else the kind's template.
    New(DocsNewArgs),
    /// Write a document to a file: Markdown with front matter, or a self-contained HTML page.
    Export(DocsExportArgs),
}

#[derive(ClapArgs, Debug)]
pub struct DocsListArgs {
    /// Words to find (the same syntax as `waypoint search`).
    pub query: Vec<String>,
    /// Only starred documents.
    #[arg(long)]
    pub starred: bool,
    /// The trash instead.
    #[arg(long)]
    pub trash: bool,
    /// Only documents with this tag (a competency's tag lists its evidence).
    #[arg(long)]
    pub tag: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(ClapArgs, Debug)]
pub struct DocsNewArgs {
    /// brief, writeup, scqa, pr-faq or note.
    #[arg(long, default_value = "brief", value_parser = parse_document_kind)]
    pub kind: DocumentKind,
    #[arg(long, default_value = "")]
    pub title: String,
    /// A Markdown file to start from ("-" reads standard input).
    pub file: Option<PathBuf>,
    #[arg(long)]
    pub json: bool,
}

#[derive(ClapArgs, Debug)]
pub struct DocsExportArgs {
    pub id: i64,
    /// md (with YAML front matter), html (one self-contained file, ready to print) or pdf.
    #[arg(long, value_parser = parse_export_format)]
    pub format: ExportFormat,
    /// The file to write (replaced whole, or left as it was if the write fails).
    #[arg(long, value_name = "PATH")]
    pub out: PathBuf,
    /// The currency of ```roi blocks (ISO code).
    #[arg(long, default_value = "USD")]
    pub currency: String,
}

#[derive(ClapArgs, Debug)]
pub struct ReviewArgs {
    /// First day of the period (YYYY-MM-DD).
    #[arg(long, default_value = "")]
    pub from: String,
    /// Last day of the period (YYYY-MM-DD).
    #[arg(long, default_value = "")]
    pub to: String,
    /// Private sections to put in: journal (entries that are not starred), checkins (ratings
    /// and notes), comma-separated.
    #[arg(long, default_value = "", value_name = "SECTION,...")]
    pub include: String,
    /// md, html or pdf (default: the --out file's extension, else Markdown).
    #[arg(long, value_parser = parse_export_format)]
    pub format: Option<ExportFormat>,
    /// The file to write (replaced whole, or left as it was if the write fails).
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Print the computed review as JSON.
    #[arg(long)]
    pub json: bool,
    /// The currency of business cases in documents (ISO code).
    #[arg(long, default_value = "USD")]
    pub currency: String,
}

fn parse_document_kind(s: &str) -> Result<DocumentKind, String> {
    DocumentKind::parse(s).map_err(|e| e.message)
}

fn parse_export_format(s: &str) -> Result<ExportFormat, String> {
    ExportFormat::parse(s).map_err(|e| e.message)
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
    /// Write entries in a loop, one transaction each, printing each one's number once it is
    /// committed: the process the crash test kills at random moments.
    WriteLoop {
        #[arg(long, default_value_t = 1_000_000)]
        count: u64,
    },
    /// Write the showcase journal (a dozen entries, two self-reviews) ending today.
    Showcase {
        /// The day of the newest entry (default: today); record stamps are noon UTC of it.
        #[arg(long)]
        today: Option<NaiveDate>,
    },
    /// Answer one app command as JSON (`{"ok": ...}` or `{"err": ...}`), for the UI's tests
    /// and dev mode.
    Answer {
        /// The command, as the UI invokes it (e.g. find_entries).
        command: String,
        /// Its arguments as a JSON object.
        #[arg(default_value = "{}")]
        args: String,
        /// The day to answer on (default: today); record stamps are then noon UTC of that day.
        #[arg(long)]
        today: Option<NaiveDate>,
    },
}

fn parse_kind(s: &str) -> Result<EntryKind, String> {
    EntryKind::parse(s).ok_or_else(|| {
        let names: Vec<&str> = EntryKind::ALL.iter().map(|k| k.as_str()).collect();
        format!("unknown kind \"{s}\"; use one of: {}", names.join(", "))
    })
}
