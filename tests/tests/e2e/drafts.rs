//! Issue 9, item 2 in the real window: a draft that cannot be saved never traps the user.
//! Limits show while typing, a paste over the body limit is refused up front with the reason,
//! and switching entries, trashing and closing the window all go ahead, keeping the draft as
//! typed; it is reopened, fixed and saved, or discarded. Nothing typed is lost.

use std::path::Path;

use serde_json::{json, Value};
use waypoint_e2e::{cli, disk, within, App, TestDir, TEST_TIMEOUT, UI_TIMEOUT};

/// Pastes `size` bytes of text into the field with this test id, as the clipboard does: a
/// `paste` event carrying the text, which the editor inserts unless the page refuses it.
async fn paste(app: &App, testid: &str, size: usize) {
    let script = format!(
        "const f = document.querySelector('[data-testid=\"{testid}\"]');
         f.focus();
         const data = new DataTransfer();
         data.setData('text/plain', 'x'.repeat({size}));
         f.dispatchEvent(new ClipboardEvent('paste', {{ clipboardData: data, bubbles: true, cancelable: true }}));
         return f.value.length;"
    );
    app.js(&script).await;
}

fn kept_drafts(data_dir: &Path) -> Vec<waypoint_core::journal::KeptDraftSummary> {
    disk::store(data_dir)
        .and_then(|s| s.kept_drafts())
        .expect("read the kept drafts")
}

async fn row_titles(app: &App) -> Vec<String> {
    let mut out = Vec::new();
    for row in app.displayed("entry-row-title").await {
        out.push(app.text_of(&row).await.unwrap_or_default());
    }
    out
}

#[tokio::test]
async fn an_unsaveable_draft_never_traps_and_is_never_lost() {
    within(TEST_TIMEOUT, unsaveable_draft()).await;
}

async fn unsaveable_draft() {
    let dir = TestDir::new("drafts");
    let app = App::launch(&dir).await;
    app.click("nav-journal").await;
    app.set_theme("light").await;

    // A saved entry to switch to.
    app.click("new-entry").await;
    app.type_into("title-input", "Saved first").await;
    app.type_into("body-input", "Already on disk.").await;
    app.wait_saved().await;

    // A second entry. The title's limit shows as it comes near, and typing stops at it.
    app.click("new-entry").await;
    app.type_into("title-input", &"t".repeat(295)).await;
    let counter = app.wait_text_contains("title-counter", "295 of 300").await;
    assert!(counter.contains("characters"), "{counter:?}");
    app.type_into("title-input", &"t".repeat(20)).await;
    assert_eq!(
        app.value("title-input").await.len(),
        300,
        "maxlength holds the title at the limit"
    );
    app.clear("title-input").await;
    app.type_into("title-input", "Pricing notes").await;

    // 2 MB pasted into the body is refused before it lands, with the reason.
    paste(&app, "body-input", 2 * 1024 * 1024).await;
    let why = app
        .wait_text_contains("body-problems", "Nothing was pasted")
        .await;
    // The sizes, with or without the locale's thousands separator.
    let plain = why.replace([',', '.', '\u{a0}', '\u{202f}'], "");
    assert!(
        plain.contains("2048 KiB") && plain.contains("1024 KiB"),
        "{why:?}"
    );
    assert_eq!(app.value("body-input").await, "", "nothing was pasted");
    app.type_into("body-input", "Margins by segment.").await;
    app.wait_saved().await;

    // Now something the core refuses: a date that does not exist.
    app.clear("date-input").await;
    app.type_into("date-input", "2026-02-30").await;
    app.wait_text_contains("date-problems", "is not a valid date")
        .await;
    app.screenshot("draft-unsaveable-light").await;

    // Switching to the other entry is not refused: the draft is kept, and says so.
    let rows = app.displayed("entry-row").await;
    let saved_first = rows.last().expect("the first entry's row").clone();
    saved_first.click().await.expect("click the first entry");
    app.wait_until("the first entry in the editor", UI_TIMEOUT, async || {
        let v = app.value("title-input").await;
        if v == "Saved first" {
            Ok(())
        } else {
            Err(v)
        }
    })
    .await;
    app.wait_text_contains("notice", "kept under Kept drafts")
        .await;
    app.wait_count("kept-draft", 1).await;
    let kept = kept_drafts(app.data_dir());
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].title, "Pricing notes");
    assert!(kept[0].reason.contains("2026-02-30"), "{}", kept[0].reason);
    app.screenshots_light_and_dark("draft-kept").await;

    // Back to the draft: as typed, with what needs fixing next to the field.
    app.click("kept-draft").await;
    app.wait_until("the kept draft in the editor", UI_TIMEOUT, async || {
        let v = app.value("date-input").await;
        if v == "2026-02-30" {
            Ok(())
        } else {
            Err(v)
        }
    })
    .await;
    assert_eq!(app.value("title-input").await, "Pricing notes");
    assert_eq!(app.value("body-input").await, "Margins by segment.");
    app.wait_text_contains("date-problems", "is not a valid date")
        .await;

    // Trashing it is not refused either: its neighbour opens, the draft stays kept.
    app.click("trash-entry").await;
    app.wait_until("the neighbour in the editor", UI_TIMEOUT, async || {
        let titles = row_titles(&app).await;
        let open = app.value("title-input").await;
        if open == "Saved first" && titles == ["Saved first"] {
            Ok(())
        } else {
            Err(format!("open {open:?}, rows {titles:?}"))
        }
    })
    .await;
    assert_eq!(
        kept_drafts(app.data_dir()).len(),
        1,
        "trashing kept the draft"
    );

    // Closing the window with an unsaveable draft open keeps it too.
    app.click("kept-draft").await;
    app.wait_text_contains("date-problems", "is not a valid date")
        .await;
    app.type_into("body-input", " And costs.").await;
    app.close().await;
    let kept = kept_drafts(&dir.data_dir());
    assert_eq!(kept.len(), 1, "one draft, replaced, not duplicated");
    let full = disk::store(&dir.data_dir())
        .and_then(|s| s.kept_draft(kept[0].id))
        .expect("the kept draft");
    assert_eq!(
        full.draft.body, "Margins by segment. And costs.",
        "the last words typed are kept"
    );

    // After a restart it is still there; fixing the date saves it as an entry and the draft goes.
    let app = App::launch(&dir).await;
    app.click("nav-journal").await;
    app.click("kept-draft").await;
    app.clear("date-input").await;
    app.type_into("date-input", &disk::today().format("%Y-%m-%d").to_string())
        .await;
    app.wait_saved().await;
    app.wait_gone("kept-drafts").await;
    assert!(kept_drafts(app.data_dir()).is_empty());
    let titles: Vec<Value> = cli::entries(app.data_dir())
        .iter()
        .map(|e| e["title"].clone())
        .collect();
    assert!(titles.contains(&json!("Pricing notes")), "{titles:?}");
    assert!(row_titles(&app)
        .await
        .contains(&"Pricing notes".to_string()));
    app.close().await;
}
