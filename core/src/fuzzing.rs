//! The fuzz targets' entry points (`fuzz/fuzz_targets/`): bytes in, the product's own code run
//! on them, nothing out. Each only calls the product, so any panic is a bug in the product.
//! `core/tests/it/fuzz_replay.rs` replays the crashes found, and the seeds, on stable.

use std::path::Path;

use chrono::{NaiveDate, NaiveTime};

use crate::calendar::ImportOptions;
use crate::roi::Currency;
use crate::time::FixedClock;
use crate::transfer::{ImportRequest, ImportSource, IncomingFile};
use crate::writing::{CheckOptions, Dismissals, DocKind};
use crate::Store;

/// The day every target runs on: the core never reads the clock, and a crash must replay the
/// same on any day. The calendar seeds' events (2024) fall inside its import window.
const TODAY: NaiveDate = NaiveDate::from_ymd_opt(2025, 6, 1).expect("a real day");

/// A target: bytes in, the product run on them.
pub type Target = fn(&[u8]);

/// Every target by name, as `fuzz/fuzz_targets/<name>.rs` and the replay folders call them.
pub const TARGETS: &[(&str, Target)] = &[
    ("ics", ics),
    ("markdown", markdown),
    ("writing_checks", writing_checks),
    ("jrnl", jrnl),
    ("dayone", dayone),
    ("daylio", daylio),
    ("markdown_notes", markdown_notes),
];

/// Runs the target called `target` on `bytes`; false when there is no such target.
pub fn replay(target: &str, bytes: &[u8]) -> bool {
    let found = TARGETS.iter().find(|(name, _)| *name == target);
    if let Some((_, run)) = found {
        run(bytes);
    }
    found.is_some()
}

/// A calendar file read, decoded, parsed and expanded into the window an import around
/// [`TODAY`] uses, in a zone with daylight saving; nothing is stored. Unguarded: the import
/// turns a panic into an error, which would hide it here.
pub fn ics(bytes: &[u8]) {
    let opts = ImportOptions::around(TODAY, chrono_tz::Europe::Berlin);
    let _ = crate::calendar::prepare("fuzz.ics", bytes, &opts);
}

/// Text as the entry preview renders it, and as a document's preview draws it (```roi blocks).
pub fn markdown(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    crate::markdown::render(&text);
    crate::export::document_html(&text, &Currency::default());
}

/// Text checked as each kind of document, with the built-in glossary.
pub fn writing_checks(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let glossary = crate::writing::built_in_glossary();
    let dismissals = Dismissals::default();
    for kind in [DocKind::Brief, DocKind::Writeup, DocKind::Note] {
        let options = CheckOptions {
            kind,
            glossary: &glossary,
            dismissals: &dismissals,
        };
        crate::writing::check(&text, &options);
    }
}

thread_local! {
    /// An empty journal in memory, opened once per thread: a preview only reads it.
    static EMPTY_JOURNAL: Store = Store::open(
        Path::new(":memory:"),
        Box::new(FixedClock(TODAY.and_time(NaiveTime::MIN).and_utc())),
    )
    .expect("an in-memory journal opens");
}

/// One file as the import's preview reads it from `source`, against an empty journal.
fn import_preview(source: ImportSource, name: &str, bytes: &[u8]) {
    let file = IncomingFile {
        name: name.into(),
        bytes: bytes.to_vec(),
    };
    let request = ImportRequest::new(Some(source), vec![file]);
    let _ = EMPTY_JOURNAL.with(|journal| journal.preview_import(&request, TODAY));
}

/// jrnl's JSON export or plain-text journal.
pub fn jrnl(bytes: &[u8]) {
    import_preview(ImportSource::Jrnl, "journal.txt", bytes);
}

/// Day One's export (a zip of JSON journals).
pub fn dayone(bytes: &[u8]) {
    import_preview(ImportSource::Dayone, "export.zip", bytes);
}

/// Daylio's CSV export.
pub fn daylio(bytes: &[u8]) {
    import_preview(ImportSource::Daylio, "daylio_export.csv", bytes);
}

/// One Markdown note (front matter, heading, a day in its name).
pub fn markdown_notes(bytes: &[u8]) {
    import_preview(ImportSource::Markdown, "2024-03-01.md", bytes);
}
