//! Issue 3 as a new user lives it: create a plan starting in March, mark two Q1 milestones
//! done, link a journal entry as evidence, rate the competencies twice, and watch the plan's
//! progress, the radar and the home dashboard follow. Every step is checked in the window and
//! against the database file (read through the core on a second connection). Screenshots of
//! the dashboard, plan and competencies in light and dark.

use chrono::{Datelike, NaiveDate};
use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::Locator;
use waypoint_e2e::{cli, disk, sel, within, App, TestDir, TEST_TIMEOUT, UI_TIMEOUT};

const EVIDENCE_TITLE: &str = "Shadowed the growth PM for a day";

/// The March that starts a plan containing today (this year's, or last year's before March).
fn march() -> NaiveDate {
    let today = disk::today();
    let year = if today.month() >= 3 {
        today.year()
    } else {
        today.year() - 1
    };
    NaiveDate::from_ymd_opt(year, 3, 1).expect("valid date")
}

/// The plan as saved, read through the core on a second connection.
fn saved_plan(app: &App) -> Option<waypoint_core::plan::Plan> {
    let store = disk::store(app.data_dir()).expect("open the app's database");
    let id = store.list_plans(disk::today()).expect("plans").first()?.id;
    Some(store.plan(id, disk::today()).expect("plan"))
}

fn saved_radar(app: &App) -> Vec<(String, Option<u8>, Option<u8>)> {
    let store = disk::store(app.data_dir()).expect("open the app's database");
    store
        .competency_overview()
        .expect("overview")
        .radar
        .into_iter()
        .map(|a| (a.name, a.latest, a.previous))
        .collect()
}

/// The n-th (0-based) milestone row of a quarter.
async fn milestone_row(app: &App, quarter: u8, n: usize) -> Element {
    let css = format!(
        "{} {}",
        sel(&format!("quarter-{quarter}")),
        sel("milestone")
    );
    app.wait_until(
        &format!("milestone {n} of quarter {quarter}"),
        UI_TIMEOUT,
        async || {
            let rows = app.displayed_css(&css).await;
            rows.get(n)
                .cloned()
                .ok_or_else(|| format!("{} rows", rows.len()))
        },
    )
    .await
}

async fn inside(app: &App, parent: &Element, testid: &str) -> Element {
    app.wait_until(
        &format!("[data-testid={testid}] inside its row"),
        UI_TIMEOUT,
        async || {
            parent
                .find(Locator::Css(&sel(testid)))
                .await
                .map_err(|e| format!("not found: {e}"))
        },
    )
    .await
}

/// Reads the radar's accessible table (`radar-table` rows: name, latest, previous) inside
/// the element with `scope` test id.
async fn radar_rows(app: &App, scope: &str) -> Vec<Vec<String>> {
    let script = format!(
        "return [...document.querySelectorAll('{} {} tbody tr')].map(r => [...r.cells].map(c => c.textContent.trim()));",
        sel(scope).replace('\'', "\\'"),
        sel("radar-table").replace('\'', "\\'")
    );
    serde_json::from_value(app.js(&script).await).unwrap_or_default()
}

async fn wait_radar(app: &App, scope: &str, name: &str, latest: &str, previous: &str) {
    app.wait_until(
        &format!("radar in {scope}: {name} {latest} (was {previous})"),
        UI_TIMEOUT,
        async || {
            let rows = radar_rows(app, scope).await;
            match rows
                .iter()
                .find(|r| r.first().map(String::as_str) == Some(name))
            {
                Some(r)
                    if r.get(1).map(String::as_str) == Some(latest)
                        && r.get(2).map(String::as_str) == Some(previous) =>
                {
                    Ok(())
                }
                _ => Err(format!("rows {rows:?}")),
            }
        },
    )
    .await;
}

/// The competency the guided review is asking about now.
async fn review_step(app: &App) -> Option<String> {
    let script = "return document.querySelector('[data-testid=review-step]')?.getAttribute('data-competency-id') ?? null;";
    app.js(script).await.as_str().map(str::to_string)
}

/// Rates every competency in the guided review with `rating(i)` and saves it: one review.
async fn self_review(app: &App, rating: impl Fn(usize) -> u8) -> usize {
    app.click("start-review").await;
    app.find("review-dialog").await;
    let mut rated = 0;
    // Each step asks about one competency: choose a rating (a click selects it, so a note can
    // follow), then Next. After the last step the summary offers review-save.
    while app.count("review-save").await == 0 {
        let asked = review_step(app).await;
        app.click(&format!("review-rating-{}", rating(rated))).await;
        app.click("review-next").await;
        rated += 1;
        assert!(rated <= 20, "the review never reached its summary");
        app.wait_until("the next review step", UI_TIMEOUT, async || {
            if app.count("review-save").await > 0 {
                return Ok(());
            }
            let now = review_step(app).await;
            if now != asked {
                Ok(())
            } else {
                Err(format!("still on competency {now:?}"))
            }
        })
        .await;
    }
    app.click("review-save").await;
    app.wait_gone("review-dialog").await;
    rated
}

#[tokio::test]
async fn strategist_year_journey() {
    within(TEST_TIMEOUT, journey()).await;
}

async fn journey() {
    let dir = TestDir::new("year-plan");
    let data = dir.data_dir();
    cli::json(
        &data,
        &["add", "--json", EVIDENCE_TITLE, "--tag", "business-metrics"],
    );
    let entry_id = cli::entries(&data)[0]["id"].as_i64().expect("entry id");

    let app = App::launch(&dir).await;

    // 1. The app opens on the dashboard, which invites a plan.
    app.find("home-create-plan").await;
    app.wait_text_contains("home-days-since", "today").await;
    app.screenshots_light_and_dark("home-empty").await;

    // 2. A plan starting in March, pre-filled with the Strategist Track.
    app.click("home-create-plan").await;
    app.select("plan-start-month", "03").await;
    app.clear("plan-start-year").await;
    app.type_into("plan-start-year", &march().year().to_string())
        .await;
    app.click("plan-create").await;
    app.wait_text_contains("quarter-1", "Business context")
        .await;
    app.wait_text_contains("quarter-1", "Learn the P&L").await;
    app.wait_text_contains("plan-progress", "0 of 14").await;
    let plan = app
        .wait_until("the plan on disk", UI_TIMEOUT, async || {
            saved_plan(&app).ok_or("no plan yet".to_string())
        })
        .await;
    assert_eq!(plan.start, march());
    let current = plan.current_quarter.expect("the plan contains today");
    app.wait_attr(&format!("quarter-{current}"), "data-current", "true")
        .await;

    // A second plan for the same year is refused with a message that says why; nothing changes.
    app.click("plan-new").await;
    let panel = format!("{} ", sel("plan-new-panel"));
    let month = app
        .find_css(
            &format!("{panel}{}", sel("plan-start-month")),
            "the new-plan month",
        )
        .await;
    month.select_by_value("09").await.expect("choose September");
    let year = app
        .find_css(
            &format!("{panel}{}", sel("plan-start-year")),
            "the new-plan year",
        )
        .await;
    year.clear().await.expect("clear the year");
    year.send_keys(&march().year().to_string())
        .await
        .expect("type the year");
    app.find_css(
        &format!("{panel}{}", sel("plan-create")),
        "the create button",
    )
    .await
    .click()
    .await
    .expect("create");
    app.wait_text_contains(
        "plan-error",
        &format!("already a plan for {}", march().year()),
    )
    .await;
    let store = disk::store(app.data_dir()).expect("open the app's database");
    assert_eq!(
        store.list_plans(disk::today()).expect("plans").len(),
        1,
        "the refused plan was not written"
    );

    // 3. Two Q1 milestones done.
    for n in [0, 1] {
        let row = milestone_row(&app, 1, n).await;
        let status = inside(&app, &row, "milestone-status").await;
        status.select_by_value("done").await.expect("choose done");
    }
    app.wait_text_contains("quarter-progress-1", "2 of 4").await;
    app.wait_text_contains("plan-progress", "2 of 14").await;
    app.wait_until("two done on disk", UI_TIMEOUT, async || {
        let p = saved_plan(&app).ok_or("no plan")?;
        let done: Vec<_> = p.quarters[0]
            .milestones
            .iter()
            .filter(|m| m.status == waypoint_core::plan::MilestoneStatus::Done)
            .map(|m| m.title.clone())
            .collect();
        if done == ["Shadow product", "Attend board meetings"] {
            Ok(())
        } else {
            Err(format!("done: {done:?}"))
        }
    })
    .await;

    // 4. The journal entry linked as evidence for "Shadow product".
    let row = milestone_row(&app, 1, 0).await;
    row.click().await.expect("expand the milestone");
    app.click("milestone-link-entry").await;
    app.find("evidence-picker").await;
    app.type_into("evidence-search", "growth").await;
    app.wait_text_contains("evidence-option", EVIDENCE_TITLE)
        .await;
    app.click("evidence-option").await;
    app.wait_until("evidence on disk", UI_TIMEOUT, async || {
        let p = saved_plan(&app).ok_or("no plan")?;
        let ev: Vec<i64> = p.quarters[0].milestones[0]
            .evidence
            .iter()
            .map(|e| e.entry_id)
            .collect();
        if ev == [entry_id] {
            Ok(())
        } else {
            Err(format!("evidence {ev:?}"))
        }
    })
    .await;
    let row = milestone_row(&app, 1, 0).await;
    let count = inside(&app, &row, "milestone-evidence-count").await;
    assert!(
        app.text_of(&count).await.unwrap_or_default().contains('1'),
        "evidence count shows 1"
    );
    app.screenshots_light_and_dark("plan").await;

    // Its target date is picked from a month grid (← a day back, Enter) and shown like every
    // other date, not as the system's mm/dd/yyyy.
    let before = saved_plan(&app).expect("the plan").quarters[0].milestones[0]
        .target_date
        .expect("a target date");
    app.click("milestone-date-input").await;
    app.find("milestone-date-input-panel").await;
    app.screenshots_light_and_dark("plan-date-picker").await;
    app.press("←", &char::from(Key::Left).to_string()).await;
    app.press("Enter", &char::from(Key::Enter).to_string())
        .await;
    app.wait_gone("milestone-date-input-panel").await;
    let picked = before.pred_opt().expect("the day before");
    app.wait_attr("milestone-date-input", "data-value", &picked.to_string())
        .await;
    let shown = app.text("milestone-date-input").await;
    assert!(
        shown.contains(&picked.day().to_string()) && !shown.contains('/') && !shown.contains('-'),
        "the date shows as {shown:?}"
    );
    app.click("milestone-save").await;
    app.wait_until("the picked date on disk", UI_TIMEOUT, async || {
        let p = saved_plan(&app).ok_or("no plan")?;
        match p.quarters[0].milestones[0].target_date {
            Some(d) if d == picked => Ok(()),
            other => Err(format!("target date {other:?}")),
        }
    })
    .await;

    // The entry shows the milestone it supports (the other side of the link).
    app.click("nav-journal").await;
    let entry_row = app
        .find_css(
            &format!("{}[data-entry-id=\"{entry_id}\"]", sel("entry-row")),
            "the evidence entry in the list",
        )
        .await;
    entry_row.click().await.expect("open the entry");
    app.wait_text_contains("entry-milestones", "Shadow product")
        .await;

    // 5. Two self-reviews: everything 2, then everything 3 except the first at 4.
    app.click("nav-competencies").await;
    let first = self_review(&app, |_| 2).await;
    assert_eq!(
        first,
        saved_radar(&app).len(),
        "one rating per relevant competency"
    );
    wait_radar(&app, "competencies-view", "Strategic thinking", "2", "—").await;
    let second = self_review(&app, |i| if i == 0 { 4 } else { 3 }).await;
    assert_eq!(second, first);
    wait_radar(&app, "competencies-view", "Strategic thinking", "4", "2").await;
    wait_radar(&app, "competencies-view", "Coaching", "3", "2").await;
    let radar = saved_radar(&app);
    assert!(
        radar
            .iter()
            .all(|(_, latest, previous)| latest.is_some() && previous == &Some(2)),
        "{radar:?}"
    );
    // Evidence counted from the entry's competency tag.
    app.wait_text_contains("competencies-view", "business-metrics")
        .await;
    // The target level is drawn as a ring, named in the legend.
    app.wait_text_contains("radar-target", "Target").await;
    app.screenshots_light_and_dark("competencies").await;

    // 6. The dashboard follows: this quarter, year progress, the latest radar.
    app.click("nav-home").await;
    app.find("home-quarter").await;
    app.wait_text_contains("home-plan-progress", "2 of 14")
        .await;
    wait_radar(&app, "home-radar", "Strategic thinking", "4", "2").await;
    app.wait_text_contains("home-days-since", "today").await;
    assert!(app.count("home-prompt").await > 0, "prompts are offered");
    app.screenshots_light_and_dark("home").await;

    // Choosing a prompt starts an entry with it.
    let prompt = app.find("home-prompt").await;
    let prompt_text = app.text_of(&prompt).await.unwrap_or_default();
    prompt.click().await.expect("choose a prompt");
    app.wait_until(
        "the prompt as the new entry's title",
        UI_TIMEOUT,
        async || {
            let title = app.value("title-input").await;
            if !title.is_empty() && prompt_text.contains(&title) {
                Ok(())
            } else {
                Err(format!("title {title:?}, prompt {prompt_text:?}"))
            }
        },
    )
    .await;

    app.terminate();
}
