//! A journal that does not open: the window says what was found and offers the newest whole
//! backup; restoring it opens the journal, and the damaged file is kept byte for byte. Then a
//! backup restored from Your data, after its confirmation, takes the journal back to it. An
//! encrypted journal found damaged at its unlock offers its encrypted backup the same way.

use waypoint_e2e::{cli, disk, within, App, TestDir, TEST_TIMEOUT};

#[tokio::test]
async fn a_damaged_journal_is_recovered_from_its_newest_backup() {
    within(TEST_TIMEOUT, recovery()).await;
}

#[tokio::test]
async fn a_damaged_encrypted_journal_offers_its_backup_once_unlocked() {
    within(TEST_TIMEOUT, encrypted_recovery()).await;
}

const PASS: &str = "a quiet lighthouse keeper";

async fn encrypted_recovery() {
    let dir = TestDir::new("recovery-encrypted");
    let data = dir.data_dir();
    {
        let mut store = disk::store(&data).expect("a journal");
        // A cheap key derivation: the test is about recovery, not its cost.
        let fast = waypoint_core::KdfParams {
            memory_kib: 64,
            iterations: 1,
            parallelism: 1,
        };
        store.set_passphrase(PASS, PASS, fast).expect("encrypted");
        let draft = waypoint_core::journal::EntryDraft {
            title: "Kept in the encrypted backup".into(),
            ..Default::default()
        };
        store.create_entry(&draft, disk::today()).expect("an entry");
        store.backup_now("2000-01-01T000000").expect("a backup");
    }
    // Page 1 past SQLCipher's salt: its check fails, so the journal does not open.
    let db = data.join("waypoint.sqlite3");
    let mut bytes = std::fs::read(&db).expect("the journal");
    bytes[100..200].fill(0x5a);
    std::fs::write(&db, &bytes).expect("damage it");

    let app = App::launch(&dir).await;
    app.type_into("unlock-passphrase", PASS).await;
    app.click("unlock-submit").await;
    app.wait_text_contains("recovery-backup", "manual-2000-01-01T000000.sqlite3")
        .await;
    app.screenshot("recovery-encrypted").await;
    assert_eq!(std::fs::read(&db).expect("still there"), bytes, "untouched");
    app.click("recovery-restore").await;
    // The backup has the same key, so the journal opens on it without asking again.
    app.find("nav-journal").await;
    let entries = cli::json_unlocked(&data, Some(PASS), &["list", "--json"]);
    assert_eq!(entries.as_array().map(Vec::len), Some(1), "{entries}");
    app.close().await;
}

fn titles(data: &std::path::Path) -> Vec<String> {
    let mut t: Vec<String> = cli::entries(data)
        .iter()
        .map(|e| e["title"].as_str().unwrap_or_default().to_string())
        .collect();
    t.sort();
    t
}

async fn recovery() {
    let dir = TestDir::new("recovery");
    let data = dir.data_dir();
    {
        let mut store = disk::store(&data).expect("a journal");
        let add = |s: &mut waypoint_core::Store, title: &str| {
            let draft = waypoint_core::journal::EntryDraft {
                title: title.into(),
                ..Default::default()
            };
            s.create_entry(&draft, disk::today()).expect("an entry");
        };
        add(&mut store, "Kept in the backup");
        store.backup_now("2000-01-01T000000").expect("a backup");
        add(&mut store, "Written after the backup");
    }
    let db = data.join("waypoint.sqlite3");
    let mut bytes = std::fs::read(&db).expect("the journal");
    bytes[..32].copy_from_slice(b"a damaged header, not SQLite's..");
    std::fs::write(&db, &bytes).expect("damage it");

    let app = App::launch(&dir).await;
    app.wait_text_contains("recovery-problem", "waypoint.sqlite3")
        .await;
    app.wait_text_contains("recovery-backup", "manual-2000-01-01T000000.sqlite3")
        .await;
    app.screenshot("recovery-light").await;
    app.js("document.documentElement.dataset.theme = 'dark'; return true;")
        .await;
    app.screenshot("recovery-dark").await;
    assert_eq!(std::fs::read(&db).expect("still there"), bytes, "untouched");
    app.click("recovery-restore").await;
    app.find("nav-journal").await;
    assert_eq!(titles(&data), ["Kept in the backup"]);
    let kept: Vec<_> = std::fs::read_dir(&data)
        .expect("the data folder")
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("waypoint.sqlite3.replaced-")
        })
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        std::fs::read(kept[0].path()).expect("kept"),
        bytes,
        "byte for byte"
    );

    // Later, from Your data: a new backup, an entry, then that backup restored.
    app.click("nav-data").await;
    app.click("back-up-now").await;
    app.wait_text_contains("backup-list", "on request").await;
    {
        let mut store = disk::store(&data).expect("the journal");
        let draft = waypoint_core::journal::EntryDraft {
            title: "Not in any backup".into(),
            ..Default::default()
        };
        store.create_entry(&draft, disk::today()).expect("an entry");
    }
    assert_eq!(titles(&data).len(), 2);
    app.click("backup-restore").await;
    app.screenshot("restore-confirm").await;
    app.click("backup-restore-confirm").await;
    app.wait_gone("backup-restore-confirm").await;
    app.find("nav-journal").await;
    app.wait_until(
        "the journal as the newest backup had it",
        waypoint_e2e::UI_TIMEOUT,
        async || {
            let now = titles(&data);
            if now == ["Kept in the backup"] {
                Ok(())
            } else {
                Err(format!("{now:?}"))
            }
        },
    )
    .await;
    app.close().await;
}
