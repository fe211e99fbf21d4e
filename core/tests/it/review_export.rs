//! The review's exports on real files: Markdown with front matter that names the sections held
//! and left out, the self-contained HTML page, and the PDF read back with pdftotext. Words
//! planted in a private entry and a check-in note are absent by default and present when the
//! user opts in; a path that cannot be written is refused and leaves nothing behind.

use waypoint_core::export::ExportFormat;
use waypoint_core::review::{write_review, Include};

use super::common::pdf_text;
use super::review::{review_of, year, CHECKIN_NOTE_WORD, PRIVATE_ENTRY_WORD};

/// The text a reader gets from the export: the file itself, or for a PDF what pdftotext reads.
fn exported(include: Include, format: ExportFormat) -> String {
    let y = year();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("review.{}", format.extension()));
    write_review(&review_of(&y, include), format, &path).unwrap();
    match format {
        ExportFormat::Pdf => pdf_text(&path),
        _ => std::fs::read_to_string(&path).unwrap(),
    }
}

const FORMATS: [ExportFormat; 3] = [ExportFormat::Md, ExportFormat::Html, ExportFormat::Pdf];

#[test]
fn private_words_are_in_no_export_by_default() {
    for format in FORMATS {
        let text = exported(Include::default(), format);
        assert!(
            !text.contains(PRIVATE_ENTRY_WORD),
            "{format:?} holds the private entry"
        );
        assert!(
            !text.contains(CHECKIN_NOTE_WORD),
            "{format:?} holds the check-in note"
        );
        assert!(
            !text.contains("Stress averaged"),
            "{format:?} holds the stress ratings"
        );
        assert!(
            text.contains("Journal (entries not starred), Check-ins (ratings and notes)"),
            "{format:?} does not say what it leaves out"
        );
    }
}

#[test]
fn private_words_are_in_every_export_when_opted_in() {
    let both = Include {
        journal: true,
        checkins: true,
    };
    for format in FORMATS {
        let text = exported(both, format);
        assert!(
            text.contains(PRIVATE_ENTRY_WORD),
            "{format:?} lacks the opted-in entry"
        );
        assert!(
            text.contains(CHECKIN_NOTE_WORD),
            "{format:?} lacks the opted-in note"
        );
        assert!(text.contains("Stress averaged 4.2 of 10"), "{format:?}");
    }
}

#[test]
fn every_export_has_the_headings_and_the_numbers() {
    for format in FORMATS {
        let text = exported(Include::default(), format);
        for expected in [
            "Progress review: 1 Jan 2026 – 31 Dec 2026",
            "Plan progress",
            "Competencies",
            "Cache the pricing API",
            "Talking points",
            "Still open",
            "Timeline",
            "11.9 h",
            "We cut build time by 40% for every team.",
        ] {
            assert!(text.contains(expected), "{format:?} lacks {expected:?}");
        }
    }
}

#[test]
fn the_markdown_front_matter_states_the_period_and_the_sections() {
    let text = exported(
        Include {
            journal: true,
            checkins: false,
        },
        ExportFormat::Md,
    );
    let front: Vec<&str> = text.lines().take(9).collect();
    assert_eq!(front[0], "---");
    assert!(front.contains(&"period_from: 2026-01-01"), "{front:?}");
    assert!(front.contains(&"period_to: 2026-12-31"));
    assert!(front.contains(&"generated: 2027-01-15"));
    assert!(front.contains(&"sections_excluded: [\"checkins\"]"));
    assert!(
        front
            .iter()
            .any(|l| l.starts_with("sections_included: [\"summary\", ")
                && l.ends_with("\"journal\"]"))
    );
}

#[test]
fn the_html_page_is_self_contained_with_its_charts() {
    let html = exported(Include::default(), ExportFormat::Html);
    assert!(html.starts_with("<!DOCTYPE html>"));
    for banned in ["<script", "<link", "src=", "@import", "url("] {
        assert!(!html.contains(banned), "the page holds {banned}");
    }
    assert!(html.contains("<title>Meeting hours by week</title>"));
    assert!(html.contains("<title>Activity by week</title>"));
    assert!(!html.contains("<section id=\"checkins\">"));
    let with = exported(
        Include {
            journal: false,
            checkins: true,
        },
        ExportFormat::Html,
    );
    assert!(with.contains("<title>Meeting hours by week and stress</title>"));
    assert!(with.contains("<section id=\"checkins\">"));
}

#[test]
fn an_unwritable_path_is_refused_and_nothing_is_left() {
    let y = year();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("missing").join("review.html");
    let e = write_review(
        &review_of(&y, Include::default()),
        ExportFormat::Html,
        &path,
    )
    .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("out"));
    assert!(
        e.message.contains("could not be written") && e.message.contains("Choose a folder"),
        "{}",
        e.message
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}
