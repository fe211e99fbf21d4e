//! The progress review of a seeded plan year, as a user would make it before a promotion
//! conversation: the review opens on the plan's year with private sections left out, exports
//! as HTML and PDF without them, and with them once both switches are on. The files on disk are
//! read back (pdftotext for the PDF) and the exported page is looked at as a browser shows it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::{Days, Months, NaiveDate};
use waypoint_core::documents::{DocumentDraft, DocumentKind};
use waypoint_core::journal::{EntryDraft, EntryKind};
use waypoint_core::plan::{MilestoneStatus, NewPlan};
use waypoint_core::time::FixedClock;
use waypoint_core::workload::{CheckInDraft, CheckInPeriod};
use waypoint_core::Store;
use waypoint_e2e::page_shot::page_shot;
use waypoint_e2e::{disk, within, App, TestDir, TEST_TIMEOUT, UI_TIMEOUT};

use crate::documents::type_at_caret;

const PRIVATE_ENTRY: &str = "zanzibarquux";
const CHECKIN_NOTE: &str = "quokkablue";
const WIN: &str = "We cut build time by 40% for every team.";

fn entry(title: &str, body: &str, day: NaiveDate) -> EntryDraft {
    EntryDraft {
        title: title.into(),
        body: body.into(),
        kind: Some(EntryKind::Reflection),
        entry_date: Some(day.to_string()),
        tags: vec![],
    }
}

/// A plan that began eleven months ago (so its year holds today), a starred win linked to a
/// done milestone, a worry that is not starred, a brief with a business case and a check-in
/// with a note; everything in the plan's first weeks, so it is in the past on any day.
fn seed(data_dir: &Path) -> NaiveDate {
    let today = disk::today();
    let start = (today - Months::new(11)).format("%Y-%m").to_string();
    let plan_start = NaiveDate::parse_from_str(&format!("{start}-01"), "%Y-%m-%d").unwrap();
    let day = |n: u64| plan_start + Days::new(n);
    let noon = day(15).and_hms_opt(12, 0, 0).unwrap().and_utc();
    let mut s = Store::open_in_dir(data_dir, Box::new(FixedClock(noon))).expect("the store");
    let plan = s
        .create_plan(
            &NewPlan {
                start_month: start,
                title: None,
            },
            day(1),
        )
        .expect("a plan");
    let win = s
        .create_entry_starred(&entry("Faster builds", WIN, day(14)), true, today)
        .expect("the win");
    s.create_entry(
        &entry("A worry", &format!("The {PRIVATE_ENTRY} reorg."), day(21)),
        today,
    )
    .expect("the worry");
    let first = plan.quarters[0].milestones[0].id;
    s.set_milestone_status(first, MilestoneStatus::Done, day(20))
        .expect("done");
    s.link_evidence(first, win.id, today).expect("evidence");
    s.create_document_with(&DocumentDraft {
        kind: DocumentKind::Brief,
        title: "Cache the pricing API".into(),
        body: "## Bottom line\n\nCaching cuts p95 latency by 38%.\n\n```roi\n{\"one_off\": {\"people\": 2, \"weeks\": 6, \"cost_per_person_week\": 5000}, \"benefits_per_month\": {\"costs_saved\": 9000}, \"horizon_months\": 24, \"annual_discount_rate\": 0.10}\n```\n".into(),
    })
    .expect("the brief");
    s.save_checkin(
        &CheckInDraft {
            period: CheckInPeriod::Week,
            date: day(7).to_string(),
            meeting_hours: Some(14.5),
            stress: Some(8),
            energy: Some(4),
            imposter: Some(3),
            note: format!("Felt {CHECKIN_NOTE} all week"),
        },
        today,
    )
    .expect("the check-in");
    plan_start
}

fn exports(dir: &TestDir) -> BTreeSet<PathBuf> {
    std::fs::read_dir(dir.documents_dir().join("Waypoint"))
        .map(|d| d.filter_map(|e| Some(e.ok()?.path())).collect())
        .unwrap_or_default()
}

/// Clicks `button` and answers the file it wrote into the exports folder.
async fn export(app: &App, dir: &TestDir, button: &str) -> PathBuf {
    let before = exports(dir);
    app.click(button).await;
    app.wait_until("the export on disk", UI_TIMEOUT, async || {
        let new: Vec<PathBuf> = exports(dir).difference(&before).cloned().collect();
        match new.as_slice() {
            [one] if !one.to_string_lossy().ends_with(".partial") => Ok(one.clone()),
            _ => Err(format!("new files: {new:?}")),
        }
    })
    .await
}

fn pdf_text(path: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) runs");
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[tokio::test]
async fn a_plan_year_reviewed_and_exported_private_by_default() {
    within(TEST_TIMEOUT, review()).await;
}

async fn review() {
    let dir = TestDir::new("review");
    let plan_start = seed(&dir.data_dir());
    let app = App::launch(&dir).await;
    app.click("nav-review").await;
    app.wait_attr("review-preset-plan_year", "aria-pressed", "true")
        .await;
    assert_eq!(
        app.attr("review-from", "data-value").await.as_deref(),
        Some(plan_start.to_string().as_str())
    );
    let body = app.wait_text_contains("review-body", WIN).await;
    for expected in [
        "Plan progress",
        "1 of 14 milestones done",
        "Cache the pricing API",
        "Talking points",
        "Still open",
    ] {
        assert!(
            body.contains(expected),
            "{expected:?} not on the screen:\n{body}"
        );
    }
    assert!(
        !body.contains(PRIVATE_ENTRY) && !body.contains(CHECKIN_NOTE),
        "private text shown by default"
    );
    app.wait_text_contains("review-meta", "Left out as private")
        .await;
    app.find_css(
        "[data-testid=review-body] svg.review-timeline",
        "the timeline",
    )
    .await;
    app.screenshots_light_and_dark("review").await;

    // Exports without the private sections.
    let html = export(&app, &dir, "review-export-html").await;
    let page = std::fs::read_to_string(&html).expect("the page");
    assert!(page.contains(WIN) && page.contains("<h2>Plan progress</h2>") && page.contains("svg"));
    assert!(!page.contains(PRIVATE_ENTRY) && !page.contains(CHECKIN_NOTE));
    assert!(
        !page.contains("<script") && !page.contains("src="),
        "self-contained"
    );
    page_shot(&html, "review-export-page");
    let pdf = pdf_text(&export(&app, &dir, "review-export-pdf").await);
    assert!(
        pdf.contains("Plan progress") && pdf.contains("40%"),
        "{pdf}"
    );
    assert!(
        !pdf.contains(PRIVATE_ENTRY) && !pdf.contains(CHECKIN_NOTE),
        "{pdf}"
    );

    // Both switches on: the screen and every export hold them, and say so.
    app.click("review-include-journal").await;
    app.click("review-include-checkins").await;
    app.wait_text_contains("review-body", PRIVATE_ENTRY).await;
    app.wait_text_contains("review-body", CHECKIN_NOTE).await;
    app.wait_text_contains("review-meta", "Includes the private sections")
        .await;
    app.screenshot("review-private-light").await;
    let page = std::fs::read_to_string(export(&app, &dir, "review-export-html").await).unwrap();
    assert!(page.contains(PRIVATE_ENTRY) && page.contains(CHECKIN_NOTE));
    let pdf = pdf_text(&export(&app, &dir, "review-export-pdf").await);
    assert!(
        pdf.contains(PRIVATE_ENTRY) && pdf.contains(CHECKIN_NOTE),
        "{pdf}"
    );
    let md = std::fs::read_to_string(export(&app, &dir, "review-export-md").await).unwrap();
    assert!(
        md.contains("sections_excluded: []") && md.contains(CHECKIN_NOTE),
        "{md}"
    );

    edit_a_talking_point(&app, &dir).await;
    app.close().await;
}

const MINE: &str = " I also wrote the runbook.";

/// Keeps the review as a document, adds to a talking point in its editor, and finds the words
/// on the Review screen, in its export, and still there after bringing it up to date.
async fn edit_a_talking_point(app: &App, dir: &TestDir) {
    app.click("review-keep").await;
    app.wait_text_contains("review-kept", "Kept as").await;
    app.click("review-open-kept").await;
    app.find("document-kind-review").await;
    // The editor draws only the lines near the view: scroll until the talking point is in it,
    // as a reader would.
    app.wait_js_true(
        "the talking point in view",
        UI_TIMEOUT,
        "const e = document.querySelector('[data-testid=document-body]'); \
         const s = e.closest('.cm-scroller') || e.querySelector('.cm-scroller'); \
         const line = [...s.querySelectorAll('.cm-line')].find(l => l.textContent.includes('I delivered')); \
         if (line) { \
           const r = line.getBoundingClientRect(), v = s.getBoundingClientRect(); \
           if (r.top >= v.top && r.bottom <= v.bottom) return true; \
           s.scrollTop += r.top - v.top - v.height / 2; return 'centring it'; \
         } \
         s.scrollTop += 200; return 'scrolling down to it';",
    )
    .await;
    // The caret at the end of that line, where a click after its last word puts it (a
    // WebDriver click lands where the line was before the editor redraws it).
    app.js(
        "const line = [...document.querySelectorAll('.cm-line')].find(l => l.textContent.includes('I delivered')); \
         const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT); let last = null; \
         while (walker.nextNode()) last = walker.currentNode; \
         line.closest('.cm-content').focus(); \
         window.getSelection().collapse(last, last.length); return true;",
    )
    .await;
    type_at_caret(app, MINE).await;
    app.wait_saved().await;
    app.screenshot("review-kept-document-light").await;

    app.click("nav-review").await;
    app.wait_text_contains("review-body", MINE.trim()).await;
    app.wait_text_contains("review-kept", "talking points are shown")
        .await;
    let page = std::fs::read_to_string(export(app, dir, "review-export-html").await).unwrap();
    assert!(
        page.contains(MINE.trim()) && !page.contains(PRIVATE_ENTRY),
        "the writer's point, private text out"
    );

    app.click("review-open-kept").await;
    app.click("review-bring-up-to-date").await;
    app.wait_text_contains("notice", "talking points stayed as you wrote them")
        .await;
    assert!(app.value("document-body").await.contains(MINE.trim()));
}
