//! Closing mid-sentence loses nothing: text typed right before SIGTERM (well inside the
//! autosave pause) is on disk after the app exits, and shows when the app is opened again.

use std::time::Instant;

use serde_json::Value;
use waypoint_e2e::{cli, sel, within, App, TestDir, TEST_TIMEOUT, UI_TIMEOUT};

const TITLE: &str = "One-on-one with Sam";
const FIRST: &str = "Talked through the promotion packet.";
const LAST: &str = " Final words before logout: quokka zeppelin";

#[tokio::test]
async fn sigterm_while_typing_keeps_every_word() {
    within(TEST_TIMEOUT, close_mid_typing()).await;
}

async fn close_mid_typing() {
    let dir = TestDir::new("close");
    let data = dir.data_dir();
    let full_body = format!("{FIRST}{LAST}");

    let app = App::launch(&dir).await;
    // The app opens on the home dashboard.
    app.click("nav-journal").await;
    app.click("new-entry").await;
    app.type_into("title-input", TITLE).await;
    app.type_into("body-input", FIRST).await;
    app.wait_saved().await;
    app.wait_until("the first part on disk", UI_TIMEOUT, async || {
        let all = cli::entries(&data);
        match all.as_slice() {
            [e] if e["excerpt"] == FIRST => Ok(()),
            _ => Err(Value::from(all).to_string()),
        }
    })
    .await;

    // More text, then the logout signal at once: no wait for "saved".
    let body = app.find("body-input").await;
    body.send_keys(LAST).await.expect("typing the last words");
    let t0 = Instant::now();
    let state = app.attr("save-status", "data-state").await;
    app.terminate();
    eprintln!(
        "app exited {:.2}s after SIGTERM (save-status was {state:?} when it was sent)",
        t0.elapsed().as_secs_f64()
    );
    // Proof that the close protocol, not the autosave pause, saved the last words.
    assert_eq!(
        state.as_deref(),
        Some("dirty"),
        "the last words were still unsaved when SIGTERM was sent"
    );

    // On disk, straight from the command line.
    let entries = cli::entries(&data);
    assert_eq!(
        entries.len(),
        1,
        "one entry on disk: {}",
        Value::from(entries.clone())
    );
    assert_eq!(entries[0]["title"], TITLE);
    assert_eq!(
        entries[0]["excerpt"], full_body,
        "the stored text includes the words typed just before SIGTERM"
    );
    let hits = cli::search(&data, "zeppelin");
    assert_eq!(hits.len(), 1, "the last word is searchable: {hits:?}");

    // Opened again on the same folder, the window shows all of it.
    let app = App::launch(&dir).await;
    // It reopens in the journal, where it was closed; the click is a no-op then.
    app.click("nav-journal").await;
    let row = app
        .find_css(
            &format!(
                "{}[data-entry-id=\"{}\"]",
                sel("entry-row"),
                entries[0]["id"]
            ),
            "the entry's row after relaunch",
        )
        .await;
    row.click().await.expect("opening the entry");
    app.wait_until(
        "the editor to show the whole body",
        UI_TIMEOUT,
        async || {
            let value = app.value("body-input").await;
            if value == full_body {
                Ok(())
            } else {
                Err(format!("body-input value {value:?}"))
            }
        },
    )
    .await;
    assert_eq!(app.value("title-input").await, TITLE);
    app.screenshot("reopened").await;
    app.close().await;
}
