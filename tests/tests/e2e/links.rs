//! The window never leaves the app: a link in the preview opens in the browser (here a
//! stand-in that records what it was given), however it is followed, and the entry stays on
//! screen and on disk. Every other way a page could navigate (a script setting
//! `window.location`, `window.open`) is stopped by the app too.

use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_MIDDLE};
use fantoccini::key::Key;
use serde_json::Value;
use waypoint_e2e::{cli, disk, keys, within, App, TestDir, TEST_TIMEOUT, UI_TIMEOUT};

const TITLE: &str = "Reading list";
const BODY: &str = "Read [the P&L primer](https://example.com/pnl) before Friday.\n\
\n\
Ask [the CFO](mailto:cfo@example.com) about the margin bridge.\n";
const PRIMER: &str = "https://example.com/pnl";
const MAIL: &str = "mailto:cfo@example.com";

#[tokio::test]
async fn links_open_in_the_browser_and_the_window_stays_on_the_entry() {
    within(TEST_TIMEOUT, links()).await;
}

fn link_css(href: &str) -> String {
    format!("[data-testid=preview] a[href=\"{href}\"]")
}

/// Runs `script` a moment after the WebDriver call returns, as a page's own script would.
async fn later(app: &App, script: &str) {
    app.js(&format!(
        "setTimeout(() => {{ {script} }}, 0); return true;"
    ))
    .await;
}

async fn still_on_the_entry(app: &App, home: &Value, after: &str) {
    assert_eq!(
        &app.js("return location.href;").await,
        home,
        "after {after}: the window is still the app"
    );
    assert_eq!(
        app.value("title-input").await,
        TITLE,
        "after {after}: the title"
    );
    assert_eq!(
        app.value("body-input").await,
        BODY,
        "after {after}: the body"
    );
}

async fn links() {
    let dir = TestDir::new("links");
    let app = App::launch(&dir).await;
    app.click("nav-journal").await;
    app.click("new-entry").await;
    app.type_into("title-input", TITLE).await;
    app.type_into("body-input", &keys(BODY)).await;
    app.wait_saved().await;
    let home = app.js("return location.href;").await;
    app.click("preview-toggle").await;

    // A click.
    let primer = app
        .find_css(&link_css(PRIMER), "the primer link in the preview")
        .await;
    primer.click().await.expect("clicking the link");
    app.wait_opened(PRIMER).await;
    app.wait_text_contains("notice", &format!("Opened {PRIMER} in your browser"))
        .await;
    still_on_the_entry(&app, &home, "a click").await;
    app.screenshot("link-opened").await;

    // A middle click.
    let mail = app
        .find_css(&link_css(MAIL), "the mail link in the preview")
        .await;
    let middle = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement {
            element: mail,
            duration: None,
            x: 0.,
            y: 0.,
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_MIDDLE,
        })
        .then(PointerAction::Up {
            button: MOUSE_BUTTON_MIDDLE,
        });
    app.client()
        .perform_actions(middle)
        .await
        .expect("middle-clicking the mail link");
    app.wait_opened(MAIL).await;
    still_on_the_entry(&app, &home, "a middle click").await;

    // Enter on the focused link.
    app.js(&format!(
        "document.querySelector('{}').focus(); return true;",
        link_css(PRIMER).replace('"', "\\\"")
    ))
    .await;
    app.client()
        .active_element()
        .await
        .expect("the focused link")
        .send_keys(&char::from(Key::Enter).to_string())
        .await
        .expect("pressing Enter on the link");
    app.wait_until(
        "the primer to be opened a second time",
        UI_TIMEOUT,
        async || {
            let n = app.opened_links().iter().filter(|u| *u == PRIMER).count();
            if n == 2 {
                Ok(())
            } else {
                Err(format!("opened {n} times: {:?}", app.opened_links()))
            }
        },
    )
    .await;
    still_on_the_entry(&app, &home, "Enter on a link").await;

    // A script that navigates (as pasted HTML would, if it could run), and one opening a window.
    later(&app, "window.location.href = 'https://example.com/moved';").await;
    app.wait_opened("https://example.com/moved").await;
    still_on_the_entry(&app, &home, "window.location").await;
    // WebKit lets a page open a window only on a user's gesture: a button the test adds (as
    // pasted HTML might, were scripts allowed) and clicks.
    app.js(
        "const b = document.createElement('button'); b.dataset.testid = 'popup-button'; \
         b.textContent = 'popup'; b.addEventListener('click', () => window.open('https://example.com/popup')); \
         document.body.append(b); return true;",
    )
    .await;
    app.click("popup-button").await;
    app.wait_opened("https://example.com/popup").await;
    still_on_the_entry(&app, &home, "window.open").await;

    // A link that is not the web's or mail's is refused, with the reason.
    later(
        &app,
        "window.location.href = 'ftp://example.com/notes.txt';",
    )
    .await;
    app.wait_text_contains(
        "error-banner",
        "the ftp: link ftp://example.com/notes.txt was not opened",
    )
    .await;
    still_on_the_entry(&app, &home, "an ftp: link").await;
    assert!(
        !app.opened_links().iter().any(|u| u.starts_with("ftp:")),
        "nothing but web and mail links reach the browser: {:?}",
        app.opened_links()
    );

    // Nothing was lost: the entry is on disk as typed.
    let id = cli::only_entry(app.data_dir())["id"]
        .as_i64()
        .expect("an id");
    let stored = disk::store(app.data_dir())
        .and_then(|s| s.entry(id))
        .expect("reading the entry back");
    assert_eq!((stored.title.as_str(), stored.body.as_str()), (TITLE, BODY));
    app.close().await;
}
