//! The check-in reminder reaches the desktop. With desktop reminders turned on for today at
//! midnight (so it is due as the app starts), the app hands the desktop's notification service
//! one notification with a "Check in" button; pressing it brings the check-in form up, with the
//! focus in it. The service is a stand-in on the test's session bus
//! (`tests/tools/notification_server.py`), which records what it is given and presses the button.

use std::process::{Child, Command};

use chrono::Datelike;
use serde_json::Value;
use waypoint_core::workload::{ReminderSettings, REMINDER_TITLE};
use waypoint_e2e::wait::{wait_until_blocking, START_TIMEOUT};
use waypoint_e2e::{disk, procs, within, workspace_root, App, TestDir, TEST_TIMEOUT, UI_TIMEOUT};

#[tokio::test]
async fn the_weekly_reminder_comes_as_a_notification_whose_button_opens_the_check_in_form() {
    within(TEST_TIMEOUT, reminder_on_the_desktop()).await;
}

/// The stand-in notification service; killed when dropped.
struct NotificationService {
    child: Child,
    log: std::path::PathBuf,
}

impl NotificationService {
    fn start(dir: &TestDir) -> NotificationService {
        let log = dir.root().join("notifications.jsonl");
        let child = Command::new("/usr/bin/python3")
            .arg(workspace_root().join("tests/tools/notification_server.py"))
            .arg(&log)
            .spawn()
            .expect("/usr/bin/python3 runs (python3-gi)");
        let service = NotificationService { child, log };
        wait_until_blocking("the notification service on the bus", START_TIMEOUT, || {
            if service.records().iter().any(|r| r["ready"] == true) {
                Ok(())
            } else {
                Err("not yet".into())
            }
        })
        .unwrap_or_else(|e| panic!("{e}"));
        service
    }

    fn records(&self) -> Vec<Value> {
        std::fs::read_to_string(&self.log)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    }

    fn notifications(&self) -> Vec<Value> {
        self.records()
            .into_iter()
            .filter(|r| r.get("summary").is_some())
            .collect()
    }

    /// Presses the last notification's first button, as the user would.
    fn press(&self) {
        assert!(
            procs::signal(self.child.id(), "USR1"),
            "the service is running"
        );
    }
}

impl Drop for NotificationService {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn reminder_on_the_desktop() {
    assert!(
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
        "no D-Bus session bus: run the end-to-end tests with `make e2e` (dbus-run-session)"
    );
    let dir = TestDir::new("reminders");
    let service = NotificationService::start(&dir);
    let today = disk::today().weekday().number_from_monday() as u8;
    disk::store(&dir.data_dir())
        .and_then(|mut s| {
            s.save_reminder_settings(&ReminderSettings {
                desktop: true,
                weekday: today,
                time: "00:00".into(),
            })
        })
        .expect("desktop reminders on, due today");

    let app = App::launch(&dir).await;
    let shown = app
        .wait_until("the notification", UI_TIMEOUT, async || {
            match service.notifications().as_slice() {
                [one] => Ok(one.clone()),
                other => Err(format!("notifications: {other:?}")),
            }
        })
        .await;
    assert_eq!(shown["app"], "Waypoint");
    assert_eq!(shown["summary"], REMINDER_TITLE);
    assert_eq!(shown["icon"], "waypoint");
    assert_eq!(
        shown["actions"],
        serde_json::json!(["check-in", "Check in"]),
        "one button, Check in"
    );
    // Shown once: the core notes it, so the next one is next week's.
    app.wait_until("the reminder noted as shown", UI_TIMEOUT, async || {
        let next = disk::store(&dir.data_dir())
            .and_then(|s| s.next_reminder(chrono::Local::now().naive_local()))
            .map_err(|e| e.message)?;
        match next {
            Some(at) if at.date() > disk::today() => Ok(()),
            other => Err(format!("the next reminder: {other:?}")),
        }
    })
    .await;

    // Somewhere else in the app, the button is pressed.
    app.click("nav-journal").await;
    service.press();
    app.find("checkin-form").await;
    app.wait_js_true(
        "the focus in the check-in form",
        UI_TIMEOUT,
        "return document.querySelector('[data-testid=checkin-form]').contains(document.activeElement) \
         ? true : (document.activeElement && document.activeElement.outerHTML.slice(0, 80));",
    )
    .await;
    app.screenshot("reminder-check-in-from-notification").await;

    // The reminder's own settings, on the same screen: a time that is not one is refused beside
    // its field, and nothing changes; a real one is kept.
    app.clear("reminder-time").await;
    app.type_into("reminder-time", "25:00").await;
    app.click("reminder-save").await;
    app.wait_text_contains("reminder-problems", "is not a time of day")
        .await;
    let stored = || disk::store(&dir.data_dir()).and_then(|s| s.reminder_settings());
    assert_eq!(stored().expect("the settings").time, "00:00");
    app.select("reminder-weekday", "1").await;
    app.clear("reminder-time").await;
    app.type_into("reminder-time", "17:30").await;
    app.click("reminder-save").await;
    app.find("reminder-saved").await;
    let kept = stored().expect("the settings");
    assert_eq!(
        (kept.weekday, kept.time.as_str(), kept.desktop),
        (1, "17:30", true)
    );
    app.js("document.querySelector('[data-testid=reminder-settings]').scrollIntoView({ block: 'center' })")
        .await;
    app.screenshots_light_and_dark("reminder-settings").await;
    app.close().await;
}
