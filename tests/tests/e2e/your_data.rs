//! Your data, as a user handles it: a jrnl export and a Day One zip chosen in the file dialog
//! are previewed (what comes in, what is skipped and why, the photos kept out), imported, and
//! found in the journal and its search; everything goes out as one JSON file, which a fresh data
//! folder takes back whole; a backup is made on request and listed.

use waypoint_e2e::{cli, sel, within, workspace_root, App, TestDir, TEST_TIMEOUT};

#[tokio::test]
async fn jrnl_and_day_one_come_in_and_everything_goes_out_and_back() {
    within(TEST_TIMEOUT, your_data()).await;
}

async fn your_data() {
    let dir = TestDir::new("your-data");
    let app = App::launch(&dir).await;
    app.click("nav-data").await;
    app.find("import-choose").await;
    choose(&app, "core/tests/fixtures/jrnl/journal.json").await;
    app.wait_text_contains(
        "import-preview",
        "read as jrnl: 4 entries to add, 2 to skip",
    )
    .await;
    app.wait_text_contains("import-skip", "is not a day").await;
    assert!(
        cli::entries(app.data_dir()).is_empty(),
        "a preview adds nothing"
    );
    app.screenshots_light_and_dark("your-data-preview").await;
    app.click("import-confirm").await;
    app.wait_text_contains("notice", "Imported 4 entries").await;
    assert_eq!(cli::entries(app.data_dir()).len(), 4);
    assert_eq!(cli::search(app.data_dir(), "billing").len(), 1);

    choose(&app, "core/tests/fixtures/dayone/export.zip").await;
    app.wait_text_contains(
        "import-preview",
        "read as Day One: 3 entries to add, 2 to skip",
    )
    .await;
    app.wait_text_contains("import-notes", "0f1e2d3c4b5a69788796a5b4c3d2e1f0.jpeg")
        .await;
    app.screenshots_light_and_dark("your-data-dayone-preview")
        .await;
    app.click("import-confirm").await;
    app.wait_text_contains("notice", "Imported 3 entries from export.zip")
        .await;
    assert_eq!(cli::entries(app.data_dir()).len(), 7);
    // In the journal's search, as the user looks for it.
    app.click("nav-journal").await;
    app.type_into("search-input", "hashtags").await;
    app.wait_count("entry-row", 1).await;
    app.wait_text_contains("entry-row", "Quiet day").await;
    app.click("nav-data").await;

    app.click("export-everything-json").await;
    let notice = app.wait_text_contains("notice", "Exported to").await;
    let path = notice
        .trim()
        .trim_start_matches("Exported to ")
        .trim()
        .to_string();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    assert!(
        path.starts_with(&dir.documents_dir().display().to_string()),
        "{path}"
    );
    assert!(
        text.contains("\"format\": \"waypoint-export\"")
            && text.contains("Shipped the billing queue.")
    );

    app.click("back-up-now").await;
    app.wait_text_contains("backup-list", "on request").await;
    app.screenshot("your-data-light").await;
    app.close().await;

    // The export into a fresh data folder: the same entries, and the app opens on them.
    let fresh = TestDir::new("your-data-again");
    cli::said(&fresh.data_dir(), None, &["import", "json", &path]);
    let titles = |dir: &std::path::Path| -> Vec<String> {
        let mut t: Vec<String> = cli::entries(dir)
            .iter()
            .map(|e| format!("{} {}", e["entry_date"], e["title"]))
            .collect();
        t.sort();
        t
    };
    assert_eq!(titles(&fresh.data_dir()), titles(&dir.data_dir()));
    let again = App::launch(&fresh).await;
    again.click("nav-journal").await;
    again.wait_count("entry-row", 7).await;
    again.close().await;
}

#[tokio::test]
async fn markdown_notes_and_a_daylio_csv_come_in() {
    within(TEST_TIMEOUT, notes_and_moods()).await;
}

async fn notes_and_moods() {
    let dir = TestDir::new("your-data-notes");
    let app = App::launch(&dir).await;
    app.click("nav-data").await;
    // The notes of a vault and a Joplin export, chosen together in the file dialog (the
    // folder button's dialog is Rust's, which WebDriver cannot reach).
    let notes = workspace_root().join("core/tests/fixtures/markdown-notes/notes");
    let paths: Vec<String> = [
        "obsidian/Daily/2025-04-02.md",
        "obsidian/Daily/2025-04-03.md",
        "obsidian/Ideas.md",
        "joplin/Planning for Q3.md",
        "joplin/broken.md",
    ]
    .iter()
    .map(|p| notes.join(p).display().to_string())
    .collect();
    // The input is hidden behind its button: the button's being shown says it is there.
    app.find("import-choose").await;
    app.client()
        .find(fantoccini::Locator::Css(&sel("import-file")))
        .await
        .expect("the file input behind the button")
        .send_keys(&paths.join("\n"))
        .await
        .expect("choose the notes");
    app.wait_text_contains(
        "import-preview",
        "5 files, read as Markdown notes: 3 entries to add, 2 to skip",
    )
    .await;
    app.click("import-confirm").await;
    app.wait_text_contains("notice", "Imported 3 entries").await;
    assert_eq!(cli::entries(app.data_dir()).len(), 3);

    choose(&app, "core/tests/fixtures/daylio/daylio_export.csv").await;
    app.wait_text_contains(
        "import-preview",
        "2 entries and 2 check-ins to add, 2 to skip",
    )
    .await;
    // Daylio has no value for the custom mood "so-so": the user gives its three.
    for (field, value) in [("stress", "6"), ("energy", "4"), ("imposter", "3")] {
        let css = format!("[data-mood=\"so-so\"] {}", sel(&format!("mood-{field}")));
        app.find_css(&css, "so-so's value")
            .await
            .select_by_value(value)
            .await
            .unwrap_or_else(|e| panic!("choosing {value} for so-so's {field}: {e}"));
    }
    app.wait_text_contains(
        "import-preview",
        "2 entries and 3 check-ins to add, 1 to skip",
    )
    .await;
    app.screenshots_light_and_dark("your-data-daylio-preview")
        .await;
    app.click("import-confirm").await;
    app.wait_text_contains("notice", "Imported 2 entries and 3 check-ins")
        .await;
    app.close().await;
}

/// Chooses the repository's file at `path` in the import's file input, as the dialog would.
async fn choose(app: &App, path: &str) {
    // The input is hidden behind its button: the button's being shown says it is there.
    app.find("import-choose").await;
    app.client()
        .find(fantoccini::Locator::Css(&sel("import-file")))
        .await
        .expect("the file input behind the button")
        .send_keys(&workspace_root().join(path).display().to_string())
        .await
        .expect("choose the file");
}
