//! Backups and restores on real files: a backup holds what the WAL had not yet written back,
//! automatic ones are one a day and thinned, a restore checks the backup first, keeps a copy
//! of the journal it replaces, and refuses a file that is not a whole Waypoint journal.

use chrono::Days;
use waypoint_core::store::backup::{self, BACKUP_DIR};
use waypoint_core::Store;

use crate::common::*;

fn titles(s: &Store) -> Vec<String> {
    let mut t: Vec<String> = s
        .find_entries(&Default::default())
        .unwrap()
        .items
        .into_iter()
        .map(|h| h.entry.title)
        .collect();
    t.sort();
    t
}

#[test]
fn a_backup_is_the_journal_as_it_was_and_stays_so() {
    let mut t = store();
    add(&mut t.store, "Before the backup", "", &[]);
    let path = t._dir.path().join("copy").join("journal.sqlite3");
    t.store.backup_to(&path).unwrap();
    add(&mut t.store, "After the backup", "", &[]);
    backup::check(&path, None).unwrap();
    let copy = Store::open(&path, clock()).unwrap();
    assert_eq!(titles(&copy), ["Before the backup"]);
    assert_eq!(titles(&t.store), ["After the backup", "Before the backup"]);
    assert!(!path.with_file_name("journal.sqlite3.partial").exists());
}

#[test]
fn automatic_backups_are_one_a_day_and_thinned_by_the_rotation() {
    let mut t = store();
    add(&mut t.store, "Entry", "", &[]);
    let first = d("2026-01-01");
    let made = t
        .store
        .automatic_backup(first)
        .unwrap()
        .expect("the first one");
    assert!(made.ends_with(format!("{BACKUP_DIR}/auto-2026-01-01.sqlite3")));
    assert_eq!(t.store.automatic_backup(first).unwrap(), None, "one a day");
    for i in 1..60 {
        t.store
            .automatic_backup(first + Days::new(i))
            .unwrap()
            .expect("a new day");
    }
    let auto: Vec<String> = t
        .store
        .backups()
        .unwrap()
        .into_iter()
        .filter(|b| b.automatic)
        .map(|b| b.path)
        .collect();
    // 7 days (23 Feb – 1 Mar), the newest of 4 ISO weeks (1 Mar, 22 Feb, 15 Feb, 8 Feb: three
    // not among the days), of the months (1 Mar, 28 Feb, 31 Jan: one more).
    assert_eq!(auto.len(), 7 + 3 + 1, "{auto:#?}");
    assert!(auto.iter().any(|p| p.ends_with("auto-2026-01-31.sqlite3")));
    assert!(!auto.iter().any(|p| p.ends_with("auto-2026-01-30.sqlite3")));
    let manual = t.store.backup_now("2026-03-01T101500").unwrap();
    assert!(manual.exists());
    t.store.automatic_backup(first + Days::new(60)).unwrap();
    assert!(manual.exists(), "backups made on request are not thinned");
}

#[test]
fn a_restore_puts_the_backup_back_and_keeps_the_journal_it_replaces() {
    let mut t = store();
    let dir = t._dir.path().to_path_buf();
    add(&mut t.store, "Kept", "", &[]);
    let saved = t.store.backup_now("2026-03-01T101500").unwrap();
    add(&mut t.store, "Written after", "", &[]);
    let TestStore { _dir, store } = t;
    drop(store);
    let aside = backup::restore(&dir, &saved, "2026-03-02T090000", None)
        .unwrap()
        .expect("the journal replaced");
    assert!(aside.ends_with("waypoint.sqlite3.replaced-2026-03-02T090000"));
    let restored = Store::open_in_dir(&dir, clock()).unwrap();
    assert_eq!(titles(&restored), ["Kept"]);
    let replaced = Store::open(&aside, clock()).unwrap();
    assert_eq!(
        titles(&replaced),
        ["Kept", "Written after"],
        "nothing of the replaced journal is lost"
    );
}

#[test]
fn what_is_not_a_whole_journal_is_refused_and_nothing_changes() {
    let mut t = store();
    let dir = t._dir.path().to_path_buf();
    add(&mut t.store, "Mine", "", &[]);
    let before = dump(&t);
    let junk = dir.join("notes.txt");
    std::fs::write(&junk, "not a database at all, just words").unwrap();
    let e = backup::restore(&dir, &junk, "x", None).unwrap_err();
    assert!(
        e.message
            .contains("is not a Waypoint backup that can be restored"),
        "{}",
        e.message
    );

    let good = t.store.backup_now("2026-03-01T101500").unwrap();
    let cut = dir.join("cut.sqlite3");
    let bytes = std::fs::read(&good).unwrap();
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    assert!(
        backup::restore(&dir, &cut, "x", None).is_err(),
        "a truncated backup"
    );

    let newer = dir.join("newer.sqlite3");
    std::fs::copy(&good, &newer).unwrap();
    rusqlite::Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let e = backup::restore(&dir, &newer, "x", None).unwrap_err();
    assert!(e.message.contains("newer Waypoint"), "{}", e.message);

    let empty = dir.join("empty.sqlite3");
    rusqlite::Connection::open(&empty)
        .unwrap()
        .execute_batch("CREATE TABLE t (x)")
        .unwrap();
    let e = backup::restore(&dir, &empty, "x", None).unwrap_err();
    assert!(e.message.contains("holds no journal"), "{}", e.message);

    assert_eq!(dump(&t), before);
    assert!(!dir.join("waypoint.sqlite3.restoring").exists());
    assert!(std::fs::read_dir(&dir).unwrap().all(|e| !e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .contains("replaced")));
}
