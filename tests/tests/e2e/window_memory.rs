//! The app opens where the user left it: the window at the size and place it had, in the
//! section that was shown, with the entry and the document that were open. What went to the
//! trash in between is not reopened. (Maximised is kept too, by the same plugin; Xvfb has no
//! window manager to maximise a window, so that flag is not exercised here.)

use waypoint_e2e::{cli, disk, within, App, TestDir, TEST_TIMEOUT};

const ENTRY: &str = "Reopen me where I was";
const DOC: &str = "The brief I had open";

#[tokio::test]
async fn the_window_size_place_section_entry_and_document_come_back_after_a_restart() {
    within(TEST_TIMEOUT, window_memory()).await;
}

async fn window_memory() {
    let dir = TestDir::new("window-memory");
    let app = App::launch(&dir).await;
    // A first start opens at home, at the size tauri.conf.json gives.
    app.find("home-view").await;

    app.click("nav-journal").await;
    app.click("new-entry").await;
    app.type_into("title-input", ENTRY).await;
    app.type_into("body-input", "Written before the restart.")
        .await;
    app.wait_saved().await;
    app.click("nav-documents").await;
    app.click("template-brief").await;
    app.type_into("document-title", DOC).await;
    app.wait_saved().await;
    app.click("nav-plan").await;
    app.find("plan-view").await;
    app.client()
        .set_window_rect(40, 30, 1100, 700)
        .await
        .expect("the window moves and resizes");
    let before = app.client().get_window_rect().await.expect("its rectangle");
    app.close().await;

    let app = App::launch(&dir).await;
    app.find("plan-view").await;
    let after = app.client().get_window_rect().await.expect("its rectangle");
    assert_eq!(
        after, before,
        "the window's place and size (x, y, width, height)"
    );
    app.click("nav-journal").await;
    assert_eq!(
        app.value("title-input").await,
        ENTRY,
        "the entry that was open"
    );
    app.click("nav-documents").await;
    assert_eq!(
        app.value("document-title").await,
        DOC,
        "the document that was open"
    );
    app.screenshot("window-memory-reopened").await;

    // The entry goes to the trash while the app is closed; the next start does not reopen it.
    let id = cli::only_entry(app.data_dir())["id"]
        .as_i64()
        .expect("the entry's id");
    app.click("nav-journal").await;
    app.close().await;
    disk::store(&dir.data_dir())
        .and_then(|mut s| s.trash_entry(id))
        .expect("the entry goes to the trash");
    let app = App::launch(&dir).await;
    app.find("empty-state").await;
    assert!(
        app.displayed("title-input").await.is_empty(),
        "no editor: the trashed entry is not reopened"
    );
    app.close().await;
}
