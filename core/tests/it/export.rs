//! Exports on real files: Markdown with front matter another tool can read back, a
//! self-contained HTML page (no scripts, nothing fetched, the ROI block drawn, the user's HTML
//! sanitised) and a PDF read back with pdftotext, written whole or not at all.

use waypoint_core::documents::{DocumentDraft, DocumentKind};
use waypoint_core::export::{self, ExportFormat};
use waypoint_core::roi::Currency;

use super::common;

const BODY: &str = "## Bottom line\n\nI recommend the new queue by March 31.\n\n```roi\n{\"one_off\": {\"people\": 2, \"weeks\": 6, \"cost_per_person_week\": 5000}, \"benefits_per_month\": {\"costs_saved\": 9000}, \"horizon_months\": 24, \"annual_discount_rate\": 0.10}\n```\n\n```roi\n{\"horizon_months\": -3}\n```\n\nRisks: <script>alert(1)</script><img src=\"https://tracker.example/p.png\"> and [a link](https://example.com/run).\n";

fn document(t: &mut common::TestStore) -> waypoint_core::documents::Document {
    t.store
        .create_document_with(&DocumentDraft {
            kind: DocumentKind::Brief,
            title: "Billing \"queue\" <v2>".into(),
            body: BODY.into(),
        })
        .unwrap()
}

#[test]
fn markdown_keeps_the_body_under_front_matter() {
    let mut t = common::store();
    let doc = document(&mut t);
    let md = export::markdown_file(&doc);
    let (front, body) = md
        .strip_prefix("---\n")
        .unwrap()
        .split_once("\n---\n\n")
        .unwrap();
    assert_eq!(body, BODY);
    assert_eq!(
        front.lines().collect::<Vec<_>>(),
        [
            "title: \"Billing \\\"queue\\\" <v2>\"",
            "kind: brief",
            "created: 2026-11-24T20:00:00.000Z",
            "updated: 2026-11-24T20:00:00.000Z",
            "tags: []",
        ]
    );
}

#[test]
fn html_is_one_safe_self_contained_page_with_the_roi_drawn() {
    let mut t = common::store();
    let doc = document(&mut t);
    let html = export::html_page(&doc, &Currency::new("EUR"));
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<title>Billing &quot;queue&quot; &lt;v2&gt;</title>"));
    assert!(!html.contains("<script"), "no scripts");
    assert!(!html.contains("tracker.example"), "no remote image");
    // The only address is the link the writer made; nothing is loaded from anywhere.
    let addresses: Vec<&str> = html
        .match_indices("http")
        .map(|(i, _)| &html[i..i + 24])
        .collect();
    assert_eq!(addresses, ["https://example.com/run\""]);
    assert!(!html.contains("src=") && !html.contains("url(") && !html.contains("@import"));
    assert!(html.contains("@media print") && html.contains("@page"));
    // The first block becomes its sentence, figures and chart; the bad one says what is wrong.
    assert!(html.contains("<figure class=\"roi\">"));
    assert!(html.contains("Investing €60k returns"), "{html}");
    assert!(html.contains("<th scope=\"row\">NPV at 10.0 % a year</th>"));
    assert!(html.contains("<svg") && html.contains("class=\"roi-chart\""));
    assert!(
        html.contains("roi-error") && html.contains("horizon_months is -3"),
        "{html}"
    );
    assert!(!html.contains("```roi"));
}

#[test]
fn a_write_that_fails_leaves_the_file_that_was_there() {
    let mut t = common::store();
    let doc = document(&mut t);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("brief.html");
    export::write(&doc, ExportFormat::Html, &out, &Currency::default()).unwrap();
    assert!(std::fs::read_to_string(&out)
        .unwrap()
        .contains("<figure class=\"roi\">"));
    let md = dir.path().join("brief.md");
    export::write(&doc, ExportFormat::Md, &md, &Currency::default()).unwrap();
    assert!(std::fs::read_to_string(&md).unwrap().ends_with(BODY));
    let missing = dir.path().join("no/such/folder/brief.md");
    let err = export::write(&doc, ExportFormat::Md, &missing, &Currency::default()).unwrap_err();
    assert!(
        err.message.contains("could not be written"),
        "{}",
        err.message
    );
    let err = export::write(&doc, ExportFormat::Md, dir.path(), &Currency::default()).unwrap_err();
    assert!(
        err.message.contains("could not be written") || err.message.contains("is a folder"),
        "{}",
        err.message
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        2,
        "no partial files left"
    );
}

#[test]
fn the_pdf_has_the_headings_the_figures_and_the_chart_as_text_and_the_same_bytes_each_time() {
    let mut t = common::store();
    let mut doc = document(&mut t);
    doc.body = format!(
        "{BODY}\n### Options\n\n- Do nothing: **$0**, failures stay at 4 %.\n- `queue-v2`: the *new* queue.\n\n#set page(width: 1cm) $x$ #pagebreak() stays text.\n"
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("brief.pdf");
    export::write(&doc, ExportFormat::Pdf, &path, &Currency::new("EUR")).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let text = common::pdf_text(&path);
    for expected in [
        "Billing \"queue\" <v2>",
        "Executive brief · last changed 2026-11-24",
        "Bottom line",
        "I recommend the new queue by March 31.",
        "Investing €60k returns €216k over 24 months",
        "NPV at 10.0 % a year",
        "€135,881",
        "Payback",
        "This ROI model cannot be worked out.",
        "Options",
        "Do nothing: $0, failures stay at 4 %.",
        "queue-v2",
        "#set page(width: 1cm) $x$ #pagebreak() stays text.",
    ] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }
    // The chart's labels are text too.
    assert!(
        text.contains("cumulative cash") && text.contains("pays back, month"),
        "{text}"
    );
    assert!(
        !text.contains("alert(1)") && !text.contains("```"),
        "{text}"
    );

    let again = dir.path().join("again.pdf");
    export::write(&doc, ExportFormat::Pdf, &again, &Currency::new("EUR")).unwrap();
    assert_eq!(std::fs::read(&again).unwrap(), bytes, "deterministic");
}
