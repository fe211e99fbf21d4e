//! A long journal: the entry list keeps a few dozen rows in the page however far it is
//! scrolled (it is virtualised), and "jump to a date" opens it at that date, the newer entries
//! loading above as it scrolls back up.

use std::time::Duration;

use chrono::{Days, NaiveDate};
use fantoccini::key::Key;
use waypoint_core::journal::EntryDraft;
use waypoint_e2e::{disk, within, App, TestDir, TEST_TIMEOUT};

/// An entry every other day for about eight years.
const ENTRIES: u64 = 1_500;

#[tokio::test]
async fn a_long_list_stays_small_in_the_page_and_jumps_to_a_date() {
    within(TEST_TIMEOUT, long_list()).await;
}

fn seed(dir: &TestDir) -> NaiveDate {
    let today = disk::today();
    let mut store = disk::store(&dir.data_dir()).expect("the database");
    for i in 0..ENTRIES {
        let draft = EntryDraft {
            title: format!("Week note {i}"),
            body: "Margins, pricing and the roadmap, as every week.".into(),
            entry_date: Some((today - Days::new(i * 2)).format("%Y-%m-%d").to_string()),
            ..EntryDraft::default()
        };
        store.create_entry(&draft, today).expect("an entry");
    }
    today
}

/// The rows in the page and the rows the list holds.
const ROWS: &str = "return [document.querySelectorAll('[data-testid=entry-row]').length,
                            Number(document.querySelector('[data-testid=entry-rows]').dataset.rows)];";

/// Defines `topRowDate()`: the date of the first row at least half in the list's view.
const TOP_ROW_DATE: &str = "function topRowDate() {
  var rows = Array.from(document.querySelectorAll('[data-testid=entry-row]'));
  var list = document.querySelector('[data-testid=entry-list]').getBoundingClientRect().top;
  rows.sort(function (a, b) { return a.getBoundingClientRect().top - b.getBoundingClientRect().top; });
  var top = rows.find(function (r) { var b = r.getBoundingClientRect(); return (b.top + b.bottom) / 2 > list; });
  return top ? top.querySelector('time').getAttribute('datetime') : null; }";

async fn long_list() {
    let dir = TestDir::new("long-list");
    let today = seed(&dir);
    let app = App::launch(&dir).await;
    app.click("nav-journal").await;
    app.find("entry-row").await;

    // Scrolled to the end again and again, the list loads page after page…
    app.wait_js_true(
        "the list to load 600 rows as it is scrolled",
        Duration::from_secs(60),
        "var l = document.querySelector('[data-testid=entry-list]'); l.scrollTop = l.scrollHeight;
         return Number(document.querySelector('[data-testid=entry-rows]').dataset.rows) >= 600;",
    )
    .await;
    // …and the page still holds only the rows in view and a few either side.
    let counts = app.js(ROWS).await;
    let (in_page, held) = (counts[0].as_u64().unwrap(), counts[1].as_u64().unwrap());
    assert!(held >= 600, "the list holds {held} rows");
    assert!(
        (5..=40).contains(&in_page),
        "{in_page} rows are in the page for {held} loaded"
    );
    app.screenshot("long-list-scrolled").await;

    // Jump: the month grid opens on the newest entry's date; three years back, Enter picks.
    app.click("jump-to-date").await;
    app.find("jump-to-date-panel").await;
    app.screenshots_light_and_dark("long-list-jump-picker")
        .await;
    let year_back: String = [Key::Shift, Key::PageUp, Key::Null]
        .map(char::from)
        .iter()
        .collect();
    for _ in 0..3 {
        app.press("Shift+Page Up", &year_back).await;
    }
    app.press("Enter", &char::from(Key::Enter).to_string())
        .await;
    app.wait_gone("jump-to-date-panel").await;
    let target = app
        .attr("jump-to-date", "data-value")
        .await
        .expect("the date picked");
    let target = NaiveDate::parse_from_str(&target, "%Y-%m-%d").expect("a date");
    assert!(
        today - target >= chrono::Duration::days(3 * 365 - 2),
        "picked {target}, three years before {today}"
    );
    app.wait_text_contains("list-jumped", "From").await;
    // The first row drawn is the first entry on or before that date (one every other day).
    let top = app
        .js(&format!("{TOP_ROW_DATE} return topRowDate();"))
        .await;
    let top = NaiveDate::parse_from_str(top.as_str().expect("a row at the top"), "%Y-%m-%d")
        .expect("a date");
    assert!(
        top <= target && target - top <= chrono::Duration::days(1),
        "the list opened at {top} for {target}"
    );
    app.screenshots_light_and_dark("long-list-jumped").await;

    // Scrolling back up loads the newer entries above, keeping the rows in view in place.
    app.wait_js_true(
        "newer entries to load above the jump",
        Duration::from_secs(30),
        &format!(
            "var l = document.querySelector('[data-testid=entry-list]'); l.scrollTop = 0;
             var dates = Array.from(document.querySelectorAll('[data-testid=entry-row] time'))
               .map(function (t) {{ return t.getAttribute('datetime'); }});
             return dates.some(function (d) {{ return d > '{target}'; }});"
        ),
    )
    .await;
    app.click("list-back-to-newest").await;
    app.wait_gone("list-jumped").await;
    app.wait_js_true(
        "the newest entry at the top again",
        Duration::from_secs(10),
        &format!("{TOP_ROW_DATE} return topRowDate() === '{today}';"),
    )
    .await;
    app.close().await;
}
