//! The window at its minimum size (900×560, as `tauri.conf.json` allows): only a section's
//! content pane scrolls. Whatever brings a field into view (focus, Tab, a button that shows a
//! box further down) never moves the root document, so the sidebar stays whole and no blank
//! band opens at the bottom. The stress year in pixels opens scrolled to today.

use chrono::{Datelike, Days};
use fantoccini::key::Key;
use serde_json::Value;
use waypoint_core::journal::EntryDraft;
use waypoint_core::plan::NewPlan;
use waypoint_core::workload::{CheckInDraft, CheckInPeriod};
use waypoint_e2e::{cli, disk, within, workspace_root, App, TestDir, TEST_TIMEOUT};

const WIDTH: u32 = 900;
const HEIGHT: u32 = 560;

/// Each section: its sidebar button and an element that shows it has drawn.
const SECTIONS: [(&str, &str); 9] = [
    ("home", "home-view"),
    ("journal", "entry-row"),
    ("documents", "document-title"),
    ("plan", "milestone"),
    ("competencies", "competencies-view"),
    ("workload", "stress-pixels"),
    ("review", "review-body"),
    ("data", "import-choose"),
    ("trash", "trash-list"),
];

/// What has moved that must not: the root's scroll offsets, and the app's frame (sidebar and
/// main) no longer filling the window exactly. An empty list when all is well.
const FRAME_PROBLEMS: &str = "
  var problems = [];
  var roots = { html: document.documentElement, body: document.body, '#app': document.getElementById('app'),
                '.app': document.querySelector('.app'), main: document.querySelector('main') };
  Object.keys(roots).forEach(function (name) {
    var e = roots[name];
    if (e && (e.scrollTop !== 0 || e.scrollLeft !== 0)) problems.push(name + ' scrolled to ' + e.scrollLeft + ',' + e.scrollTop);
  });
  if (window.scrollX !== 0 || window.scrollY !== 0) problems.push('window scrolled to ' + window.scrollX + ',' + window.scrollY);
  ['.sidebar', 'main'].forEach(function (css) {
    var r = document.querySelector(css).getBoundingClientRect();
    if (Math.round(r.top) !== 0 || Math.round(r.bottom) !== window.innerHeight)
      problems.push(css + ' spans ' + Math.round(r.top) + '..' + Math.round(r.bottom) + ' of ' + window.innerHeight);
  });
  var pane = document.querySelector('main .view:not([hidden])');
  if (pane && Math.round(pane.getBoundingClientRect().bottom) > window.innerHeight)
    problems.push('the section ends at ' + Math.round(pane.getBoundingClientRect().bottom) + ', below the window');
  return problems;";

/// Focuses every field and button of the shown section in turn, as Tab would, and brings
/// each into view as a screen does when it moves the cursor; returns every frame problem seen.
fn walk_fields() -> String {
    format!(
        "var frame = function () {{ {FRAME_PROBLEMS} }};
         var view = document.querySelector('main .view:not([hidden])');
         var fields = Array.from(view.querySelectorAll('input, select, textarea, button, a[href], [tabindex]'))
           .filter(function (f) {{ return f.getClientRects().length > 0 && !f.disabled; }});
         var seen = [];
         fields.forEach(function (f) {{
           f.focus();
           f.scrollIntoView({{ block: 'nearest' }});
           var p = frame();
           if (p.length) seen.push((f.dataset.testid || f.tagName.toLowerCase()) + ': ' + p.join('; '));
         }});
         if (document.activeElement) document.activeElement.blur();
         return {{ fields: fields.length, problems: seen }};"
    )
}

#[tokio::test]
async fn at_the_minimum_size_only_the_content_pane_scrolls() {
    within(TEST_TIMEOUT, minimum_size()).await;
}

/// A journal, a plan, a calendar and a year of check-ins, so every section has content
/// taller than the window.
fn seed(dir: &TestDir) {
    let data = dir.data_dir();
    let today = disk::today();
    let mut store = disk::store(&data).expect("the database");
    let mut first = None;
    for i in 0..30u64 {
        let draft = EntryDraft {
            title: format!("Pricing review {i}"),
            body: "Learned how **gross margin** moves with discounts.".into(),
            entry_date: Some((today - Days::new(i * 3)).format("%Y-%m-%d").to_string()),
            ..EntryDraft::default()
        };
        let entry = store.create_entry(&draft, today).expect("an entry");
        first.get_or_insert(entry.id);
    }
    store
        .trash_entry(first.expect("an entry"))
        .expect("to the trash");
    let plan = NewPlan {
        start_month: format!("{}-{:02}", today.year(), today.month()),
        title: None,
    };
    store.create_plan(&plan, today).expect("a plan");
    let brief = waypoint_core::documents::DocumentDraft {
        kind: waypoint_core::documents::DocumentKind::Brief,
        title: "Move billing to the new queue".into(),
        body: "I recommend we move billing by March 31. Nearly all failed payments happen at peak.\n\n".repeat(12),
    };
    store.create_document_with(&brief).expect("a brief");
    for week in 0..40u64 {
        let day = today - Days::new(week * 7);
        let draft = CheckInDraft {
            period: CheckInPeriod::Week,
            date: day.format("%Y-%m-%d").to_string(),
            meeting_hours: Some(10.0),
            stress: Some(1 + (week % 10) as i64),
            energy: Some(5),
            imposter: Some(2),
            note: String::new(),
        };
        store.save_checkin(&draft, today).expect("a check-in");
    }
    drop(store);
    cli::json(
        &data,
        &[
            "calendar",
            "import",
            "--json",
            &workspace_root()
                .join("tests/fixtures/ics/team-calendar.ics")
                .display()
                .to_string(),
        ],
    );
}

async fn minimum_size() {
    let dir = TestDir::new("layout");
    seed(&dir);
    let app = App::launch(&dir).await;
    app.resize(WIDTH, HEIGHT).await;

    for (section, ready) in SECTIONS {
        app.click(&format!("nav-{section}")).await;
        if section == "documents" {
            app.click("document-row").await;
        }
        app.find(ready).await;
        let walked = app.js(&walk_fields()).await;
        let fields = walked["fields"].as_u64().unwrap_or(0);
        assert!(fields > 0, "{section}: no fields to walk: {walked}");
        let problems = walked["problems"].as_array().cloned().unwrap_or_default();
        if !problems.is_empty() {
            app.fail(&format!(
                "{section} at {WIDTH}×{HEIGHT}: the root moved while fields came into view:\n  {}",
                problems
                    .iter()
                    .map(Value::to_string)
                    .collect::<Vec<_>>()
                    .join("\n  ")
            ))
            .await;
        }
        // Back to the top, so the screenshot shows what the section opens on.
        app.js("document.querySelectorAll('main *').forEach(function (e) { if (e.scrollTop) e.scrollTop = 0; }); return true;")
            .await;
        app.screenshots_light_and_dark(&format!("small-{section}"))
            .await;
    }

    // The workload's settings button brings its box into view: the pane scrolls, not the root.
    app.click("nav-workload").await;
    app.click("workload-settings-link").await;
    app.wait_js_true(
        "the settings box in view",
        waypoint_e2e::UI_TIMEOUT,
        "var s = document.querySelector('[data-testid=settings-day-start]'); \
         var r = s && s.getBoundingClientRect(); \
         return !!r && r.top >= 0 && r.top < window.innerHeight ? true : String(r && r.top);",
    )
    .await;
    let problems = app.js(FRAME_PROBLEMS).await;
    assert_eq!(
        problems,
        serde_json::json!([]),
        "after opening the settings"
    );

    // The year in pixels opens on today: its cell is inside the grid's visible part.
    app.click("nav-home").await;
    app.click("nav-workload").await;
    let today = disk::today();
    app.wait_js_true(
        "today's cell in view in the year in pixels",
        waypoint_e2e::UI_TIMEOUT,
        &format!(
            "var c = document.querySelector('[data-testid=stress-pixels] [data-date=\"{}\"]'); \
             if (!c) return 'no cell'; \
             var s = c.closest('.scroll').getBoundingClientRect(), r = c.getBoundingClientRect(); \
             return r.left >= s.left && r.right <= s.right ? true : r.left + ' not in ' + s.left + '..' + s.right;",
            today.format("%Y-%m-%d")
        ),
    )
    .await;
    app.js(
        "var p = document.querySelector('[data-testid=stress-pixels]'), s = p.closest('.scroll'); \
         s.scrollTop += p.getBoundingClientRect().top - s.getBoundingClientRect().top - 16; return true;",
    )
        .await;
    app.screenshots_light_and_dark("small-stress-pixels").await;

    // The month grids open inside the window: the journal's jump to a date, a milestone's date.
    app.click("nav-journal").await;
    app.click("jump-to-date").await;
    panel_inside_window(&app, "jump-to-date-panel").await;
    app.screenshots_light_and_dark("small-jump-to-date").await;
    app.press("Escape", &char::from(Key::Escape).to_string())
        .await;
    app.wait_gone("jump-to-date-panel").await;
    app.click("nav-plan").await;
    app.find_css("[data-testid=milestone] [data-focus=row]", "a milestone")
        .await
        .click()
        .await
        .expect("open a milestone");
    app.click("milestone-date-input").await;
    panel_inside_window(&app, "milestone-date-input-panel").await;
    app.screenshots_light_and_dark("small-milestone-date").await;
    app.close().await;
}

/// Waits for the panel, then checks that the whole of it is inside the content pane (not
/// under the sidebar, not past the window) and that
/// nothing scrolled sideways to make room for it.
async fn panel_inside_window(app: &App, testid: &str) {
    app.find(testid).await;
    let sideways = app
        .js("return Array.from(document.querySelectorAll('main, main *')) \
               .filter(function (e) { return e.scrollLeft !== 0; }) \
               .map(function (e) { return (e.dataset.testid || e.className) + ' ' + e.scrollLeft; });")
        .await;
    assert_eq!(
        sideways,
        serde_json::json!([]),
        "opening {testid} scrolled sideways"
    );
    let fits = app
        .js(&format!(
            "var r = document.querySelector('[data-testid={testid}]').getBoundingClientRect(); \
             var m = document.querySelector('main').getBoundingClientRect(); \
             return r.left >= m.left && r.top >= m.top && r.right <= m.right && r.bottom <= m.bottom \
               ? true : [r.left, r.top, r.right, r.bottom, 'main', m.left, m.top, m.right, m.bottom];"
        ))
        .await;
    assert_eq!(
        fits,
        Value::Bool(true),
        "{testid} spills out of the content pane"
    );
}
