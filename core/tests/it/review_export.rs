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

mod kept {
    use waypoint_core::documents::{DocumentDraft, DocumentKind};
    use waypoint_core::export::ExportFormat;
    use waypoint_core::review::{review_file, Include, ReviewRequest};
    use waypoint_core::roi::Currency;

    use super::super::common::d;
    use super::super::review::{rules, year, YEAR_TODAY};

    fn request(include: Include) -> ReviewRequest {
        ReviewRequest {
            from: "2026-01-01".into(),
            to: "2026-12-31".into(),
            include,
        }
    }

    #[test]
    fn a_kept_review_is_a_document_whose_edited_talking_points_survive_bringing_it_up_to_date() {
        let mut y = year();
        let today = d(YEAR_TODAY);
        let (rules, money) = (rules(), Currency::default());
        let doc = y
            .store
            .keep_review(&request(Include::default()), today, &rules, &money)
            .unwrap();
        assert_eq!(doc.kind, DocumentKind::Review);
        assert_eq!(doc.title, "Progress review: 1 Jan 2026 – 31 Dec 2026");
        assert!(doc.body.contains("<!-- review:talking_points"));
        assert!(!doc.body.contains(super::PRIVATE_ENTRY_WORD));
        // Not a document written in the period: the review counts two, as before.
        let page = y
            .store
            .review_page(&request(Include::default()), today, &rules)
            .unwrap();
        assert_eq!(page.review.documents.len(), 2);
        let kept = page
            .review
            .kept
            .as_ref()
            .expect("the kept review is found by its period");
        assert_eq!(
            (
                kept.document_id,
                kept.summary.is_none(),
                kept.talking_points.is_none()
            ),
            (doc.id, true, true)
        );

        // The writer rewrites one talking point in the document.
        let edited = doc.body.replacen(
            "- I delivered “Shadow product”",
            "- I led “Shadow product” end to end",
            1,
        );
        assert_ne!(edited, doc.body);
        y.store
            .save_document(
                doc.id,
                &DocumentDraft {
                    kind: DocumentKind::Review,
                    title: doc.title.clone(),
                    body: edited,
                },
            )
            .unwrap();

        // The data moves on: another starred win in the period.
        y.store
            .create_entry_starred(
                &super::super::common::dated(
                    "Late win",
                    "Cut cloud spend by $12k a month.",
                    "2026-12-20",
                    waypoint_core::journal::EntryKind::Reflection,
                    &[],
                ),
                true,
                today,
            )
            .unwrap();
        let up = y
            .store
            .bring_review_up_to_date(doc.id, today, &rules, &money)
            .unwrap();
        assert_eq!(up.kept, ["talking_points"]);
        assert_eq!(
            up.message,
            "Brought up to date from your data; your talking points stayed as you wrote them."
        );
        assert!(up
            .document
            .body
            .contains("I led “Shadow product” end to end"));
        // The generated parts, and the summary the writer left alone, follow the data.
        assert!(
            up.document.body.contains("5 starred"),
            "{}",
            up.document.body
        );
        assert!(up.document.body.contains("Late win"));
        let before: Vec<String> = y
            .store
            .document_revisions(doc.id)
            .unwrap()
            .iter()
            .map(|r| y.store.document_revision_draft(r.id).unwrap().body)
            .collect();
        assert!(
            before
                .iter()
                .any(|b| b.contains("I led “Shadow product”") && !b.contains("Late win")),
            "the text before is kept"
        );

        // Every export of the period, with or without private sections, has the writer's point.
        for include in [
            Include::default(),
            Include {
                journal: true,
                checkins: true,
            },
        ] {
            let r = y
                .store
                .review_for(&request(include), today, &rules, &money)
                .unwrap();
            for format in [ExportFormat::Md, ExportFormat::Html] {
                let text = String::from_utf8(review_file(&r, format).unwrap()).unwrap();
                assert!(
                    text.contains("I led “Shadow product” end to end"),
                    "{format:?} {include:?}"
                );
                assert!(
                    !text.contains("I delivered “Shadow product”"),
                    "{format:?} {include:?}"
                );
            }
        }
    }

    #[test]
    fn only_a_kept_review_in_the_live_documents_can_be_brought_up_to_date() {
        let mut y = year();
        let today = d(YEAR_TODAY);
        let (rules, money) = (rules(), Currency::default());
        let note = y
            .store
            .create_document(DocumentKind::Note, "Not a review")
            .unwrap();
        let e = y
            .store
            .bring_review_up_to_date(note.id, today, &rules, &money)
            .unwrap_err();
        assert!(e.message.contains("not a kept review"), "{}", e.message);
        let doc = y
            .store
            .keep_review(&request(Include::default()), today, &rules, &money)
            .unwrap();
        y.store.trash_document(doc.id).unwrap();
        let e = y
            .store
            .bring_review_up_to_date(doc.id, today, &rules, &money)
            .unwrap_err();
        assert!(e.message.contains("in the trash"), "{}", e.message);
        let page = y
            .store
            .review_page(&request(Include::default()), today, &rules)
            .unwrap();
        assert!(page.review.kept.is_none(), "a trashed review is not shown");
    }
}
