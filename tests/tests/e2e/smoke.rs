//! The harness itself: a session starts on the real binary, the page loads and draws, a
//! screenshot is saved, today's backup is made, and every process the test started is gone
//! afterwards.

use waypoint_e2e::wait::{wait_until_blocking, EXIT_TIMEOUT};
use waypoint_e2e::{procs, within, App, TestDir, TEST_TIMEOUT};

#[tokio::test]
async fn app_starts_and_is_cleaned_up() {
    within(TEST_TIMEOUT, smoke()).await;
}

async fn smoke() {
    let dir = TestDir::new("smoke");
    let app = App::launch(&dir).await;
    let title = app
        .client()
        .title()
        .await
        .expect("the window has a document title");
    assert_eq!(title, "Waypoint", "document title");
    app.find("nav-journal").await;
    // freezePrototype: a script cannot pollute Object.prototype for the rest of the page.
    assert_eq!(
        app.js("return Object.isFrozen(Object.prototype);").await,
        serde_json::json!(true)
    );
    let shot = app.screenshot("smoke").await;
    assert!(shot.is_file(), "{} was not written", shot.display());
    // The app backs the journal up once a day when it starts, beside the journal.
    let backup = dir.data_dir().join(format!(
        "backups/auto-{}.sqlite3",
        waypoint_e2e::disk::today()
    ));
    app.wait_until(
        "today's automatic backup",
        waypoint_e2e::UI_TIMEOUT,
        async || waypoint_core::store::backup::check(&backup, None).map_err(|e| e.message),
    )
    .await;

    let pid = app.app_pid();
    let started = app.processes();
    assert!(
        started.len() >= 4,
        "expected tauri-driver, WebKitWebDriver, the app and WebKit helpers, found {started:?}"
    );
    app.close().await;
    assert!(!procs::is_alive(pid), "the app is still running");
    // WebKit's helpers leave once their app has gone, a moment later on a busy machine.
    let gone = wait_until_blocking("every process of the test to end", EXIT_TIMEOUT, || {
        let left: Vec<String> = started
            .iter()
            .filter(|&&p| procs::is_alive(p))
            .map(|&p| procs::describe(p))
            .collect();
        if left.is_empty() {
            Ok(())
        } else {
            Err(format!("{left:?}"))
        }
    });
    assert!(gone.is_ok(), "still running after the test: {gone:?}");
}
