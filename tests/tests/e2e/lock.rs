//! The passphrase, as a user lives with it: set in Your data (the core's problems under each
//! field first), after which no written word is readable in any file of the data folder; Ctrl+L
//! mid-sentence locks after saving, the page then holds no journal text, a wrong passphrase is
//! said and the right one opens the journal with every word; on the next start the unlock
//! screen comes first, and the idle lock while typing loses nothing either.

use std::path::{Path, PathBuf};

use serde_json::Value;
use waypoint_e2e::{cli, within, App, TestDir, TEST_TIMEOUT, UI_TIMEOUT};

const PASS: &str = "a quiet harbour at dusk";
const TITLE: &str = "Staff meeting notes";
const FIRST: &str = "The xylophonist plan is on track.";
const BEFORE_LOCK: &str = " Then quetzalcoatl came up.";
const BEFORE_IDLE: &str = " Finally an axolotl.";

#[tokio::test]
async fn a_passphrase_locks_the_journal_and_loses_no_word() {
    within(TEST_TIMEOUT * 2, passphrase_and_lock()).await;
}

/// Every file under `dir` whose bytes contain `word`.
fn files_holding(dir: &Path, word: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for e in std::fs::read_dir(dir).expect("the data folder").flatten() {
        let path = e.path();
        if path.is_dir() {
            found.extend(files_holding(&path, word));
        } else if std::fs::read(&path)
            .map(|b| b.windows(word.len()).any(|w| w == word.as_bytes()))
            .unwrap_or(false)
        {
            found.push(path);
        }
    }
    found
}

/// The page's whole document, to show that it holds no journal text while locked.
async fn page(app: &App) -> String {
    app.js("return document.documentElement.outerHTML;")
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

async fn unlock(app: &App) {
    app.find("unlock-screen").await;
    app.type_into("unlock-passphrase", PASS).await;
    app.click("unlock-submit").await;
    app.wait_gone("unlock-screen").await;
}

/// The only entry, read through the command line with the passphrase.
fn stored_body(data: &Path) -> String {
    let listed = cli::json_unlocked(data, Some(PASS), &["list", "--json"]);
    let hits = listed.as_array().cloned().unwrap_or_default();
    assert_eq!(hits.len(), 1, "{listed}");
    hits[0]["entry"]["excerpt"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

async fn passphrase_and_lock() {
    let dir = TestDir::new("lock");
    let data = dir.data_dir();
    let app = App::launch(&dir).await;
    app.click("nav-journal").await;
    app.click("new-entry").await;
    app.type_into("title-input", TITLE).await;
    app.type_into("body-input", FIRST).await;
    app.wait_saved().await;
    assert!(
        !files_holding(&data, "xylophonist").is_empty(),
        "plaintext before"
    );

    // Set it: the core's problems under both fields, then for real.
    app.click("nav-data").await;
    app.click("set-passphrase").await;
    app.type_into("pp-new", "short").await;
    app.type_into("pp-confirm", "other").await;
    app.click("pp-submit").await;
    app.wait_text_contains("pp-new-problems", "at least 8 characters")
        .await;
    app.wait_text_contains("pp-confirm-problems", "differ")
        .await;
    app.screenshot("lock-set-problems").await;
    for (field, text) in [("pp-new", PASS), ("pp-confirm", PASS)] {
        app.clear(field).await;
        app.type_into(field, text).await;
    }
    app.click("pp-submit").await;
    app.wait_text_contains("encryption-on", "encrypted").await;
    app.find("sidebar-lock").await;
    app.screenshots_light_and_dark("lock-passphrase-set").await;
    for word in ["xylophonist", TITLE] {
        assert_eq!(files_holding(&data, word), Vec::<PathBuf>::new(), "{word}");
    }

    // Mid-sentence, Ctrl+L: saved first, then locked, the page emptied of the journal.
    app.click("nav-journal").await;
    app.click("entry-row").await;
    let body = app.find("body-input").await;
    body.send_keys(BEFORE_LOCK).await.expect("typing");
    app.ctrl('l').await;
    app.find("unlock-screen").await;
    let locked_page = page(&app).await;
    for word in ["xylophonist", "quetzalcoatl", TITLE] {
        assert!(
            !locked_page.contains(word),
            "the locked page holds {word:?}"
        );
    }
    assert_eq!(files_holding(&data, "quetzalcoatl"), Vec::<PathBuf>::new());
    assert_eq!(stored_body(&data), format!("{FIRST}{BEFORE_LOCK}"));
    // The unlock screen has no theme menu: it follows the last theme chosen; both are looked at.
    app.screenshot("lock-unlock-screen-light").await;
    app.js("document.documentElement.dataset.theme = 'dark'; return true;")
        .await;
    app.screenshot("lock-unlock-screen-dark").await;

    app.type_into("unlock-passphrase", "a noisy harbour at dawn")
        .await;
    app.click("unlock-submit").await;
    app.wait_text_contains("unlock-problem", "does not unlock this journal")
        .await;
    assert_eq!(app.value("unlock-passphrase").await, "");
    app.screenshot("lock-wrong-passphrase").await;
    unlock(&app).await;
    app.click("nav-journal").await;
    app.click("entry-row").await;
    app.wait_until("the words typed before the lock", UI_TIMEOUT, async || {
        let text = app.text("body-input").await;
        if text.contains("quetzalcoatl") {
            Ok(())
        } else {
            Err(text)
        }
    })
    .await;
    app.close().await;

    // Started again, with a short idle time: the unlock screen first, and the idle lock
    // while typing keeps the words.
    let app = App::launch_with(&dir, &[("WAYPOINT_AUTO_LOCK_SECONDS", "5")]).await;
    unlock(&app).await;
    app.click("nav-journal").await;
    app.click("entry-row").await;
    let body = app.find("body-input").await;
    body.send_keys(BEFORE_IDLE).await.expect("typing");
    app.find("unlock-screen").await;
    assert!(!page(&app).await.contains("axolotl"));
    // Where the cursor landed does not matter here; that every word is kept does.
    let stored = stored_body(&data);
    for part in [FIRST, BEFORE_LOCK.trim(), BEFORE_IDLE.trim()] {
        assert!(
            stored.contains(part),
            "{part:?} is not in {}",
            Value::from(stored.clone())
        );
    }
    assert_eq!(files_holding(&data, "axolotl"), Vec::<PathBuf>::new());
    app.close().await;
}
