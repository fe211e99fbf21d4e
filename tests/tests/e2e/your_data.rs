//! Your data, as a user handles it: a jrnl export chosen in the file dialog is previewed (what
//! comes in, what is skipped and why), imported, and found in the journal; everything goes out
//! as one JSON file; a backup is made on request and listed.

use waypoint_e2e::{cli, sel, within, workspace_root, App, TestDir, TEST_TIMEOUT};

#[tokio::test]
async fn a_jrnl_journal_comes_in_and_everything_goes_out() {
    within(TEST_TIMEOUT, your_data()).await;
}

async fn your_data() {
    let dir = TestDir::new("your-data");
    let app = App::launch(&dir).await;
    app.click("nav-data").await;
    app.find("jrnl-choose").await;
    let fixture = workspace_root().join("core/tests/fixtures/jrnl/journal.json");
    app.client()
        .find(fantoccini::Locator::Css(&sel("jrnl-file")))
        .await
        .expect("the file input behind the button")
        .send_keys(&fixture.display().to_string())
        .await
        .expect("choose the file");
    app.wait_text_contains("jrnl-preview", "4 to add, 2 to skip")
        .await;
    app.wait_text_contains("jrnl-skip", "is not a day").await;
    assert!(
        cli::entries(app.data_dir()).is_empty(),
        "a preview adds nothing"
    );
    app.screenshots_light_and_dark("your-data-preview").await;
    app.click("jrnl-import").await;
    app.wait_text_contains("notice", "Imported 4 entries").await;
    assert_eq!(cli::entries(app.data_dir()).len(), 4);
    assert_eq!(cli::search(app.data_dir(), "billing").len(), 1);

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
}
