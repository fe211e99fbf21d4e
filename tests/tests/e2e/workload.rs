//! Issue 4 in the real window: a real .ics export chosen in the file input (its bytes go to the core),
//! a keyboard check-in with meeting hours pre-filled from it, the week's hand-worked metrics,
//! the chart's data and the year-in-pixels, each checked on screen and in the database file.
//! A second calendar imported after the check-in: the check-in's hours are "when you checked
//! in", and one click updates them to what the calendars count now (issue 9, item 6).
//! A file that is not a calendar is refused and changes nothing; an old Windows-1252 export
//! chosen in the file input keeps its accents. Screenshots light and dark.

use chrono::Datelike;
use serde_json::{json, Value};
use waypoint_core::workload::CheckInPeriod;
use waypoint_e2e::{
    disk, sel, within, workspace_root, App, TestDir, ENTER, TEST_TIMEOUT, UI_TIMEOUT,
};

/// Calls a Tauri command from the page, as the UI does, and returns `{ok}` or `{err}`.
async fn invoke(app: &App, cmd: &str, args: Value) -> Value {
    let script = "const done = arguments[arguments.length - 1];
        window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])
            .then((ok) => done({ ok }), (err) => done({ err }));";
    app.client()
        .execute_async(script, vec![json!(cmd), args])
        .await
        .unwrap_or_else(|e| panic!("invoking {cmd} failed: {e}"))
}

/// Chooses `path` in the file input behind the Import button, as the file dialog does.
async fn choose_file(app: &App, path: &std::path::Path) {
    // The card (and its hidden input) draws once the screen's first answers are in.
    app.find("calendar-import").await;
    app.client()
        .find(fantoccini::Locator::Css(&sel("calendar-file")))
        .await
        .expect("the file input behind the import button")
        .send_keys(&path.display().to_string())
        .await
        .expect("choose the file");
}

fn stored_events(app: &App) -> usize {
    let store = disk::store(app.data_dir()).expect("open the app's database");
    let today = disk::today();
    store
        .calendar_events_between(
            0,
            (today
                .and_hms_opt(0, 0, 0)
                .expect("time")
                .and_utc()
                .timestamp())
                + 400 * 86400,
        )
        .expect("events")
        .len()
}

#[tokio::test]
async fn workload_journey() {
    within(TEST_TIMEOUT, journey()).await;
}

async fn journey() {
    let dir = TestDir::new("workload");
    let app = App::launch(&dir).await;
    // The fixture is in Europe/Berlin; the metrics use the same zone whatever this machine's is.
    let settings = invoke(&app, "work_settings", json!({})).await;
    let mut settings = settings["ok"].clone();
    settings["time_zone"] = json!("Europe/Berlin");
    let saved = invoke(&app, "save_work_settings", json!({ "settings": settings })).await;
    assert!(saved.get("ok").is_some(), "settings saved: {saved}");

    // 1. A file that is not a calendar, chosen in the file dialog: a specific message, nothing stored.
    app.click("nav-workload").await;
    app.find("workload-view").await;
    choose_file(&app, &workspace_root().join("README.md")).await;
    app.wait_text_contains("import-error", "not an iCalendar file")
        .await;
    assert_eq!(stored_events(&app), 0);

    // 2. The real export, chosen the same way: its bytes go to the core, which decodes them.
    choose_file(
        &app,
        &workspace_root().join("tests/fixtures/ics/team-calendar.ics"),
    )
    .await;
    app.wait_text_contains("import-report", "team-calendar.ics")
        .await;
    let added_text = app.text("import-added").await;
    let added: u64 = added_text
        .chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap_or_else(|_| panic!("a count in {added_text:?}"));
    assert!(added > 1000, "{added_text}");
    assert_eq!(stored_events(&app) as u64, added);
    // How the file's events expanded, thousands separated; and what the calendar really
    // covers: from its first event (January 2025), not from the start of the import window.
    let expansion = app.text("import-expansion").await;
    assert!(
        expansion.contains("events → 1,") && expansion.ends_with("occurrences"),
        "{expansion}"
    );
    app.wait_text_contains("calendar-source", "Jan 2025 to")
        .await;

    // 3. This week's metrics, worked out by hand for the fixture (see core/tests/it/workload.rs).
    app.wait_text_contains("week-metric-meeting-hours", "5.5")
        .await;
    app.wait_text_contains("week-metric-focus", "29.5").await;
    app.wait_text_contains("week-metric-share", "10").await;
    app.wait_text_contains("week-detail", "Team stand-up").await;
    // The declined demo is greyed with its reason. (Found by its name: in a week with the
    // second Friday of a month, the all-day offsite is excluded too, and listed first.)
    let excluded: Vec<String> = serde_json::from_value(
        app.js(&format!(
            "return [...document.querySelectorAll('{}[data-kind=excluded]')].map(o => o.textContent);",
            sel("week-occurrence")
        ))
        .await,
    )
    .expect("the excluded events");
    let demo = excluded
        .iter()
        .find(|t| t.contains("Vendor demo"))
        .unwrap_or_else(|| panic!("the declined demo, greyed, among {excluded:?}"));
    assert!(demo.to_lowercase().contains("declined"), "{demo}");
    // Event times are 24-hour, as the working hours are written, whatever the locale's habit.
    let times: Vec<String> = serde_json::from_value(
        app.js(&format!(
            "return [...document.querySelectorAll('{} .time')].map(t => t.textContent);",
            sel("week-occurrence")
        ))
        .await,
    )
    .expect("the events' times");
    assert!(!times.is_empty());
    for t in &times {
        let clock =
            t.as_bytes().get(2) == Some(&b':') && t.as_bytes()[..2].iter().all(u8::is_ascii_digit);
        assert!(
            (t == "All day" || clock) && !t.contains("AM") && !t.contains("PM"),
            "an event's time reads {t:?}"
        );
    }

    // 4. A check-in by keyboard: meeting hours are pre-filled from the calendar.
    app.wait_until("meeting hours pre-filled", UI_TIMEOUT, async || {
        let v = app.value("checkin-meeting-hours").await;
        if v.contains("5.5") {
            Ok(())
        } else {
            Err(format!("value {v:?}"))
        }
    })
    .await;
    app.type_into("checkin-stress", "7").await;
    app.type_into("checkin-energy", "4").await;
    app.type_into("checkin-imposter", "3").await;
    app.type_into("checkin-note", &format!("Roadmap week{ENTER}"))
        .await;
    app.find("checkin-saved").await;
    let monday = {
        let t = disk::today();
        t - chrono::Days::new(u64::from(t.weekday().num_days_from_monday()))
    };
    app.wait_until("the check-in on disk", UI_TIMEOUT, async || {
        let store = disk::store(app.data_dir()).map_err(|e| e.message)?;
        match store
            .checkin(CheckInPeriod::Week, monday)
            .map_err(|e| e.message)?
        {
            Some(c)
                if (c.stress, c.energy, c.imposter, c.meeting_hours) == (7, 4, 3, Some(5.5)) =>
            {
                Ok(())
            }
            other => Err(format!("{other:?}")),
        }
    })
    .await;

    // 5. The chart's data table has this week with its meeting hours and stress.
    let week_label = monday.format("%Y-%m-%d").to_string();
    app.wait_until("this week in the chart table", UI_TIMEOUT, async || {
        let rows: Value = app
            .js(&format!(
                "return [...document.querySelectorAll('{} tbody tr')].map(r => r.dataset.week + ' ' + r.textContent);",
                sel("workload-table")
            ))
            .await;
        let rows: Vec<String> = serde_json::from_value(rows).unwrap_or_default();
        match rows.iter().find(|r| r.starts_with(&week_label)) {
            Some(r) if r.contains("5.5") && r.contains('7') => Ok(()),
            _ => Err(format!("rows {rows:?}")),
        }
    })
    .await;
    let cell = app
        .find_css(
            &format!("{} [data-date=\"{week_label}\"]", sel("stress-pixels")),
            "this Monday's pixel",
        )
        .await;
    assert_eq!(
        cell.attr("data-stress").await.ok().flatten().as_deref(),
        Some("7")
    );
    app.screenshots_light_and_dark("workload").await;

    // 6. The user's other account, imported after checking in: a three-hour guild meeting every
    // Tuesday. The check-in keeps its 5.5 h "when you checked in"; the week says the calendars
    // now count 8.5 h and updates the check-in in one click, keeping its other numbers.
    choose_file(
        &app,
        &workspace_root().join("tests/fixtures/ics/guild-calendar.ics"),
    )
    .await;
    app.wait_text_contains("import-report", "guild-calendar.ics")
        .await;
    app.wait_text_contains("week-metric-meeting-hours", "8.5")
        .await;
    app.wait_text_contains(
        "week-checkin-hours",
        "5.5 h of meetings when you checked in",
    )
    .await;
    app.wait_text_contains("week-hours-drift", "now count 8.5 h")
        .await;
    app.wait_text_contains("checkin-hours-drift", "You checked in 5.5 h")
        .await;
    app.screenshots_light_and_dark("workload-hours-drift").await;
    app.click("week-hours-update").await;
    app.wait_gone("week-hours-drift").await;
    app.wait_text_contains(
        "week-checkin-hours",
        "8.5 h of meetings when you checked in",
    )
    .await;
    let store = disk::store(app.data_dir()).expect("open the app's database");
    let updated = store
        .checkin(CheckInPeriod::Week, monday)
        .expect("read the check-in")
        .expect("this week's check-in");
    assert_eq!(
        (
            updated.meeting_hours,
            updated.stress,
            updated.energy,
            updated.imposter
        ),
        (Some(8.5), 7, 4, 3)
    );
    assert_eq!(updated.note, "Roadmap week");

    // 7. The file dialog's path: an old Outlook export in Windows-1252 keeps its accents.
    let latin = workspace_root().join("tests/fixtures/ics/outlook-latin1.ics");
    choose_file(&app, &latin).await;
    app.wait_text_contains("import-report", "added").await;
    app.wait_until("the accented summary on disk", UI_TIMEOUT, async || {
        let store = disk::store(app.data_dir()).map_err(|e| e.message)?;
        let events = store
            .calendar_events_between(0, i64::MAX)
            .map_err(|e| e.message)?;
        let cafe = events.iter().find(|e| e.uid == "latin1-cafe@waypoint.test");
        match cafe {
            Some(e) if e.summary == "Café with Zoë" => Ok(()),
            other => Err(format!("{:?}", other.map(|e| &e.summary))),
        }
    })
    .await;

    // 8. A UTF-16 export (Outlook's "Unicode" save, with its byte-order mark) reads the same.
    choose_file(
        &app,
        &workspace_root().join("tests/fixtures/ics/outlook-utf16.ics"),
    )
    .await;
    app.wait_text_contains("import-report", "outlook-utf16.ics")
        .await;
    app.wait_until("the UTF-16 summary on disk", UI_TIMEOUT, async || {
        let store = disk::store(app.data_dir()).map_err(|e| e.message)?;
        let events = store
            .calendar_events_between(0, i64::MAX)
            .map_err(|e| e.message)?;
        match events
            .iter()
            .find(|e| e.uid == "utf16-zurich@waypoint.test")
        {
            Some(e) if e.summary == "Réunion à Zürich — 東京チーム" => Ok(()),
            other => Err(format!("{:?}", other.map(|e| &e.summary))),
        }
    })
    .await;

    app.terminate();
}
