//! Issue 9, item 3 in the real window: one attempt reports every problem, each next to its
//! field, in a new entry, a check-in and the work settings; tags are checked as they are
//! added and a refused tag never looks accepted. Nothing is stored until all are fixed.

use serde_json::json;
use waypoint_e2e::{cli, disk, within, App, TestDir, TEST_TIMEOUT};

/// The lines of the problem list with this test id.
async fn problem_lines(app: &App, testid: &str) -> Vec<String> {
    let text = app.text(testid).await;
    text.lines()
        .map(str::to_string)
        .filter(|l| !l.is_empty())
        .collect()
}

#[tokio::test]
async fn every_problem_is_reported_at_once_next_to_its_field() {
    within(TEST_TIMEOUT, every_problem()).await;
}

async fn every_problem() {
    let dir = TestDir::new("every-problem");
    let app = App::launch(&dir).await;
    app.click("nav-journal").await;
    app.set_theme("light").await;

    // The title and date go wrong first, so no save of the body alone can race the test.
    app.click("new-entry").await;
    // A title past its limit (as a drop can make it) and a date that does not exist: both at once.
    app.find("title-input").await;
    app.js(&format!(
        "const f = document.querySelector('[data-testid=\"title-input\"]');
         f.value = {}; f.dispatchEvent(new Event('input', {{ bubbles: true }}));",
        json!("t".repeat(419))
    ))
    .await;
    app.clear("date-input").await;
    app.type_into("date-input", "2026-02-30").await;
    app.wait_text_contains("save-status", "2 things need fixing")
        .await;
    assert!(app.text("title-problems").await.contains("419 characters"));
    assert!(app.text("date-problems").await.contains("not a valid date"));
    assert_eq!(
        app.attr("title-input", "aria-invalid").await.as_deref(),
        Some("true")
    );
    assert_eq!(
        app.attr("date-input", "aria-invalid").await.as_deref(),
        Some("true")
    );

    // Tags are checked as they are added: both refusals at once, no chip, the text kept.
    app.type_into("body-input", "Priced the new tier.").await;
    // Pasted in one go (typed, each comma would add the tag before it on its own).
    let long = "t".repeat(200);
    app.js(&format!(
        "const f = document.querySelector('[data-testid=\"tag-input\"]');
         f.focus(); f.value = {}; f.dispatchEvent(new Event('input', {{ bubbles: true }}));",
        json!(format!("<script>, {long}"))
    ))
    .await;
    let lines = app
        .wait_until("both tag problems", waypoint_e2e::UI_TIMEOUT, async || {
            let lines = problem_lines(&app, "tag-error").await;
            if lines.len() == 2 {
                Ok(lines)
            } else {
                Err(format!("{lines:?}"))
            }
        })
        .await;
    assert!(lines[0].contains("<script>"), "{lines:?}");
    assert!(lines[1].contains("200 characters"), "{lines:?}");
    assert_eq!(
        app.count("tag-chip").await,
        0,
        "a refused tag is never shown as a chip"
    );
    assert_eq!(
        app.value("tag-input").await,
        format!("<script>, {long}"),
        "the refused tags are given back to be fixed"
    );
    let tags_width = app
        .js("const f = document.querySelector('.tag-field'); return f.scrollWidth <= f.clientWidth + 1;")
        .await;
    assert_eq!(
        tags_width,
        json!(true),
        "a long tag does not overflow the tag field"
    );
    app.clear("tag-input").await;
    app.wait_text_contains("save-status", "2 things need fixing")
        .await;
    app.screenshots_light_and_dark("every-problem-entry").await;
    assert!(
        cli::entries(app.data_dir()).is_empty(),
        "nothing was stored"
    );

    // The check-in: stress 11, energy 0, imposter 6, each beside its own field.
    app.click("nav-workload").await;
    app.type_into("checkin-stress", "11").await;
    app.type_into("checkin-energy", "0").await;
    app.type_into("checkin-imposter", "6").await;
    app.click("checkin-save").await;
    app.wait_text_contains("checkin-error", "3 things need fixing")
        .await;
    assert!(app
        .text("checkin-problem-stress")
        .await
        .contains("Stress is 11"));
    assert!(app
        .text("checkin-problem-energy")
        .await
        .contains("Energy is 0"));
    assert!(app.text("checkin-problem-imposter").await.contains("is 6"));
    let store = disk::store(app.data_dir()).expect("the database");
    let monday = waypoint_core::time::week_start(disk::today());
    assert!(store
        .checkin(waypoint_core::workload::CheckInPeriod::Week, monday)
        .expect("read")
        .is_none());

    // The work settings: an hour that does not exist and a zone nobody lives in.
    app.clear("settings-day-start").await;
    app.type_into("settings-day-start", "25:00").await;
    app.type_into("settings-time-zone", "Mars/Olympus").await;
    app.click("settings-save").await;
    app.wait_text_contains("settings-error", "2 things need fixing")
        .await;
    let lines = problem_lines(&app, "settings-problem-hours").await;
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[0].contains("Mars/Olympus") && lines[1].contains("25:00"),
        "{lines:?}"
    );
    app.screenshots_light_and_dark("every-problem-workload")
        .await;
    app.close().await;
}
