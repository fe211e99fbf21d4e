//! The Markdown preview renders formatting and never runs HTML the user (or a paste) wrote.

use serde_json::Value;
use waypoint_e2e::{keys, within, App, TestDir, TEST_TIMEOUT, UI_TIMEOUT};

const BODY: &str = "# Weekly review\n\
This was **important** work.\n\
\n\
<script>window.__waypointPwned = 'script';</script>\n\
\n\
<img src=x onerror=\"window.__waypointPwned = 'img'\">\n\
\n\
- shipped the migration\n";

#[tokio::test]
async fn preview_renders_markdown_and_drops_scripts() {
    within(TEST_TIMEOUT, preview()).await;
}

async fn preview() {
    let dir = TestDir::new("preview");
    let app = App::launch(&dir).await;
    // The app opens on the home dashboard.
    app.click("nav-journal").await;
    app.set_theme("dark").await;

    app.click("new-entry").await;
    app.type_into("title-input", "Preview check").await;
    app.type_into("body-input", &keys(BODY)).await;
    app.wait_saved().await;
    assert_eq!(
        app.value("body-input").await,
        BODY,
        "the textarea holds what was typed"
    );

    app.wait_attr("preview-toggle", "aria-pressed", "false")
        .await;
    app.click("preview-toggle").await;
    app.wait_attr("preview-toggle", "aria-pressed", "true")
        .await;
    app.find("preview").await;
    let html = app.wait_until(
        "the preview to show the rendered heading and bold text",
        UI_TIMEOUT,
        async || {
            let html = match app
                .js("var p = document.querySelector('[data-testid=preview]'); return p ? p.innerHTML : null;")
                .await
            {
                Value::String(s) => s,
                other => return Err(format!("preview innerHTML: {other}")),
            };
            if html.contains("<h1") && html.contains("<strong>important</strong>") {
                Ok(html)
            } else {
                Err(format!("innerHTML {html:?}"))
            }
        },
    )
    .await;
    let lower = html.to_lowercase();
    assert!(lower.contains("weekly review"), "heading text: {html}");
    assert!(lower.contains("<li>"), "the list is rendered: {html}");
    assert!(
        !lower.contains("<script"),
        "no <script> in the preview: {html}"
    );
    assert!(
        !lower.contains("onerror"),
        "no onerror in the preview: {html}"
    );
    assert!(!lower.contains("javascript:"), "no javascript: URL: {html}");
    assert_eq!(
        app.js("return typeof window.__waypointPwned;").await,
        "undefined",
        "nothing the user wrote ran"
    );
    let text = app.text("preview").await;
    assert!(text.contains("Weekly review") && text.contains("important"));
    assert!(
        !text.contains("**"),
        "Markdown markers are rendered, not shown: {text:?}"
    );
    assert_eq!(app.theme().await, "dark");
    app.screenshot("preview-dark").await;

    // Ctrl+E (the documented shortcut) closes the preview again.
    app.find("body-input")
        .await
        .click()
        .await
        .expect("focusing the text");
    app.ctrl('e').await;
    app.wait_attr("preview-toggle", "aria-pressed", "false")
        .await;
    app.wait_gone("preview").await;

    app.close().await;
}
