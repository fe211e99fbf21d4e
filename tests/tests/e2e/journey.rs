//! A new user's first session, on an empty journal: welcome screen, first entry with a tag,
//! search, star, trash and restore — each step checked in the window and, where it matters,
//! on disk through the command line. Screenshots of each main screen in light and dark.

use serde_json::Value;
use waypoint_e2e::{cli, procs, sel, within, App, TestDir, ENTER, TEST_TIMEOUT, UI_TIMEOUT};

const TITLE: &str = "First week as staff engineer";
const BODY: &str = "Spent the morning mapping the architecture review backlog with Priya.";
const TAG_TYPED: &str = "Leadership";
const TAG: &str = "leadership";
const SEARCH_WORD: &str = "backlog";

/// Waits until exactly one entry row is displayed and its title is `TITLE`; returns its id.
async fn the_one_row(app: &App) -> String {
    app.wait_until(
        &format!("one entry row titled {TITLE:?}"),
        UI_TIMEOUT,
        async || {
            let rows = app.displayed("entry-row").await;
            let mut seen = Vec::new();
            for row in &rows {
                let title_el = row
                    .find(fantoccini::Locator::Css(&sel("entry-row-title")))
                    .await
                    .map_err(|e| format!("row without entry-row-title: {e}"))?;
                let title = app.text_of(&title_el).await?;
                let id = row.attr("data-entry-id").await.map_err(|e| e.to_string())?;
                seen.push((title, id));
            }
            match seen.as_slice() {
                [(title, Some(id))] if title == TITLE => Ok(id.clone()),
                _ => Err(format!("rows (title, data-entry-id): {seen:?}")),
            }
        },
    )
    .await
}

/// Waits until the command line sees the one entry satisfying `check`, and returns it.
async fn on_disk(app: &App, what: &str, check: impl Fn(&Value) -> bool) -> Value {
    let data = app.data_dir().to_path_buf();
    app.wait_until(&format!("on disk: {what}"), UI_TIMEOUT, async || {
        let all = cli::entries(&data);
        match all.as_slice() {
            [one] if check(one) => Ok(one.clone()),
            _ => Err(format!(
                "`waypoint list --json` entries: {}",
                Value::from(all)
            )),
        }
    })
    .await
}

#[tokio::test]
async fn new_user_journey() {
    within(TEST_TIMEOUT, journey()).await;
}

async fn journey() {
    let dir = TestDir::new("journey");
    let data = dir.data_dir();
    let app = App::launch(&dir).await;
    // The app opens on the home dashboard.
    app.click("nav-journal").await;

    // 1. An empty journal greets with the welcome panel, in both themes.
    app.find("empty-state").await;
    assert_eq!(app.count("entry-row").await, 0, "no rows in a new journal");
    assert!(
        cli::entries(&data).is_empty(),
        "a new journal is empty on disk"
    );
    app.screenshots_light_and_dark("empty-state").await;

    // 2. The first entry: title, body, a tag; autosaved.
    app.click("new-entry").await;
    app.find("editor").await;
    app.type_into("title-input", TITLE).await;
    app.type_into("body-input", BODY).await;
    app.type_into("tag-input", &format!("{TAG_TYPED}{ENTER}"))
        .await;
    app.wait_text_contains("tag-chip", TAG).await;
    app.wait_saved().await;
    assert_eq!(app.text("save-status").await.trim(), "Saved");
    let id = the_one_row(&app).await;

    let entry = on_disk(&app, "the entry with its title, body and tag", |e| {
        e["title"] == TITLE && e["excerpt"] == BODY && e["tags"] == serde_json::json!([TAG])
    })
    .await;
    assert_eq!(
        entry["id"].to_string(),
        id,
        "the row's data-entry-id is the stored id"
    );
    assert_eq!(entry["starred"], false);
    app.screenshots_light_and_dark("journal").await;

    // 3. Search a word of the body: the row shows a snippet with the word marked.
    app.type_into("search-input", SEARCH_WORD).await;
    let marked = app
        .wait_until(
            &format!("a <mark> containing {SEARCH_WORD:?} in the row's snippet"),
            UI_TIMEOUT,
            async || {
                let css = format!("{} {} mark", sel("entry-row"), sel("snippet"));
                let marks = app.displayed_css(&css).await;
                let mut texts = Vec::new();
                for m in &marks {
                    texts.push(app.text_of(m).await.unwrap_or_default());
                }
                if texts.iter().any(|t| t.to_lowercase().contains(SEARCH_WORD)) {
                    Ok(texts)
                } else {
                    let rows = app.count("entry-row").await;
                    Err(format!("{rows} rows; marks: {texts:?}"))
                }
            },
        )
        .await;
    assert!(!marked.is_empty());
    assert_eq!(the_one_row(&app).await, id);
    let hits = cli::search(&data, SEARCH_WORD);
    assert_eq!(hits.len(), 1, "the CLI search finds the entry: {hits:?}");
    assert!(
        hits[0]["snippet"]
            .as_array()
            .is_some_and(|spans| spans.iter().any(|s| s["hit"] == true
                && s["text"]
                    .as_str()
                    .is_some_and(|t| t.to_lowercase().contains(SEARCH_WORD)))),
        "the CLI snippet marks {SEARCH_WORD:?}: {}",
        hits[0]
    );
    app.screenshots_light_and_dark("search").await;

    // A search for a word that is nowhere shows the no-results panel.
    app.type_into("search-input", " zzyzx").await;
    app.find("no-results").await;
    // The open entry no longer matches: the editor closes it (saved) and says why…
    app.wait_text_contains("editor-left-out", "does not match")
        .await;
    // It teaches the search syntax.
    app.wait_text_contains("search-syntax", "OR").await;
    app.screenshots_light_and_dark("search-no-results").await;
    app.click("clear-filters").await;
    app.wait_gone("no-results").await;
    assert_eq!(
        app.value("search-input").await,
        "",
        "clear-filters empties the search"
    );
    the_one_row(&app).await;
    // …and brings it back once it is listed again.
    app.wait_gone("editor-left-out").await;
    app.find("title-input").await;

    // Another form of a word finds it ("reviewed" → "review"), marked; an exclusion hides it.
    app.type_into("search-input", "reviewed ").await;
    app.wait_text_contains("snippet", "review").await;
    assert_eq!(the_one_row(&app).await, id);
    app.type_into("search-input", "-backlog ").await;
    app.find("no-results").await;
    app.click("clear-filters").await;
    app.wait_gone("no-results").await;
    the_one_row(&app).await;

    // 4. Star it.
    app.wait_attr("star-toggle", "aria-pressed", "false").await;
    app.click("star-toggle").await;
    app.wait_attr("star-toggle", "aria-pressed", "true").await;
    on_disk(&app, "the entry starred", |e| e["starred"] == true).await;

    // 5. Trash it: the row goes, the trash counts one, the disk lists nothing.
    app.click("trash-entry").await;
    app.wait_count("entry-row", 0).await;
    app.wait_text_contains("trash-count", "1").await;
    assert_eq!(app.text("trash-count").await.trim(), "1");
    app.wait_until("the CLI to list no live entry", UI_TIMEOUT, async || {
        let all = cli::entries(&data);
        if all.is_empty() {
            Ok(())
        } else {
            Err(Value::from(all).to_string())
        }
    })
    .await;

    // 6. The trash shows it; restoring brings it back to the journal, still starred and tagged.
    app.click("nav-trash").await;
    app.find("trash-list").await;
    app.wait_count("restore-entry", 1).await;
    app.wait_text_contains("trash-list", TITLE).await;
    app.wait_text_contains("trash-meta", "deleted").await;
    // Read it without leaving the trash: rendered, and nothing in it can be edited.
    app.click("trash-read").await;
    app.wait_text_contains("trash-reading", BODY).await;
    app.wait_text_contains("trash-reading", "Read-only").await;
    let editable = app
        .js("return document.querySelectorAll('[data-testid=trash-reading] input, [data-testid=trash-reading] textarea, [data-testid=trash-reading] [contenteditable]').length;")
        .await;
    assert_eq!(
        editable,
        serde_json::json!(0),
        "the trash opens entries read-only"
    );
    app.screenshots_light_and_dark("trash").await;
    app.click("restore-entry").await;
    app.wait_count("restore-entry", 0).await;
    app.wait_text_contains("trash-count", "0").await;
    app.click("nav-journal").await;
    assert_eq!(
        the_one_row(&app).await,
        id,
        "the restored entry keeps its id"
    );
    on_disk(&app, "the restored entry, starred, with its tag", |e| {
        e["title"] == TITLE && e["starred"] == true && e["tags"] == serde_json::json!([TAG])
    })
    .await;

    // 7. Deleted for good from the trash, one entry, after a confirmation that opens on Cancel.
    app.click("entry-row").await;
    app.click("trash-entry").await;
    app.wait_text_contains("trash-count", "1").await;
    app.click("nav-trash").await;
    app.click("delete-forever").await;
    app.find("confirm-delete-forever").await;
    let focused = app
        .js("return document.activeElement.textContent.trim();")
        .await;
    assert_eq!(
        focused,
        serde_json::json!("Cancel"),
        "the confirmation opens on its safe choice"
    );
    app.screenshots_light_and_dark("trash-delete-forever").await;
    app.click("confirm-delete-forever").await;
    app.wait_count("trash-row", 0).await;
    app.wait_text_contains("trash-count", "0").await;
    let store = waypoint_e2e::disk::store(app.data_dir()).expect("the database");
    assert_eq!(
        store
            .entry(id.parse().expect("a numeric entry id"))
            .map(|e| e.id)
            .map_err(|e| e.kind),
        Err(waypoint_core::ErrorKind::NotFound),
        "the entry is gone from the file"
    );

    // The app makes no network connection: after the whole journey neither it nor WebKit's
    // processes under it hold an internet socket to anywhere but this computer (the loopback
    // ones are WebDriver's automation session).
    let pid = app.app_pid();
    let mut ours = procs::descendants(pid);
    ours.push(pid);
    let outside: Vec<String> = procs::inet_sockets(&ours)
        .into_iter()
        .filter(|s| !procs::is_loopback_socket(s))
        .collect();
    assert!(
        outside.is_empty(),
        "sockets beyond this computer: {outside:?}"
    );

    app.close().await;
}
