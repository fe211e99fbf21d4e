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

/// Writes `bytes` over the file at `path` from `offset` on.
fn scribble(path: &std::path::Path, offset: u64, bytes: &[u8]) {
    use std::io::{Seek, SeekFrom, Write};
    let mut f = std::fs::OpenOptions::new().write(true).open(path).unwrap();
    f.seek(SeekFrom::Start(offset)).unwrap();
    f.write_all(bytes).unwrap();
}

#[test]
fn a_damaged_journal_is_refused_kept_as_it_is_and_replaced_by_the_latest_good_backup() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open_in_dir(dir.path(), clock()).unwrap();
    add(&mut s, "In the older backup", "", &[]);
    let older = s.backup_now("2026-03-01T090000").unwrap();
    add(&mut s, "In the newer backup", "", &[]);
    let newer = s.backup_now("2026-03-02T090000").unwrap();
    drop(s);
    // The newer backup is damaged too (its header): the older one is the latest good one.
    scribble(&newer, 0, b"not a database at all");
    let db = dir.path().join(waypoint_core::paths::DATABASE_FILE);
    scribble(&db, 0, b"garbage where the header was");
    let damaged = std::fs::read(&db).unwrap();

    let e = Store::open_in_dir(dir.path(), clock())
        .err()
        .expect("refused");
    assert!(e.message.contains("waypoint.sqlite3"), "{}", e.message);
    let good = backup::latest_good(dir.path(), None).expect("a good backup");
    assert_eq!(std::path::Path::new(&good.path), older);
    let aside = backup::restore(dir.path(), &older, "2026-03-03T090000", None)
        .unwrap()
        .expect("the damaged journal is kept");
    assert_eq!(
        std::fs::read(&aside).unwrap(),
        damaged,
        "kept byte for byte"
    );
    let restored = Store::open_in_dir(dir.path(), clock()).unwrap();
    assert_eq!(titles(&restored), ["In the older backup"]);
}

#[test]
fn after_an_unclean_end_a_page_damaged_inside_the_file_is_found_by_the_quick_check() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open_in_dir(dir.path(), clock()).unwrap();
    for i in 0..300 {
        add(
            &mut s,
            &format!("Entry {i}"),
            &"words in the body ".repeat(40),
            &["t"],
        );
    }
    s.quick_check().expect("whole before");
    drop(s);
    let db = dir.path().join(waypoint_core::paths::DATABASE_FILE);
    let (root, page_size): (u32, u32) = {
        let c = rusqlite::Connection::open(&db).unwrap();
        let root = c
            .query_row(
                "SELECT rootpage FROM sqlite_master WHERE name = 'entries'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        (
            root,
            c.query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap(),
        )
    };
    // The entries table's first page: its header and cell pointers overwritten.
    scribble(
        &db,
        u64::from(root - 1) * u64::from(page_size),
        &[0xA5; 100],
    );
    // After a clean end the app opens it without the check (it is found when read) ...
    drop(Store::open_at_start(dir.path(), None, clock()).expect("not checked"));
    // ... after an unclean end (the WAL left behind), it is checked first and refused.
    std::fs::write(dir.path().join("waypoint.sqlite3-wal"), b"").unwrap();
    let e = Store::open_at_start(dir.path(), None, clock())
        .err()
        .expect("found");
    assert!(e.message.contains("is damaged"), "{}", e.message);
    let s = Store::open_in_dir(dir.path(), clock()).unwrap();
    assert!(s.quick_check().is_err());
}

#[test]
fn a_journal_left_open_is_seen_as_an_unclean_end() {
    use waypoint_core::store::health::ended_uncleanly;
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open_in_dir(dir.path(), clock()).unwrap();
    add(&mut s, "Written", "", &[]);
    assert!(
        ended_uncleanly(dir.path()),
        "while it is open, the WAL is there"
    );
    drop(s);
    assert!(!ended_uncleanly(dir.path()), "closed, it is gone");
}

#[test]
fn an_open_journal_restores_a_backup_in_place_and_goes_on() {
    let mut t = store();
    add(&mut t.store, "Before", "", &[]);
    let saved = t.store.backup_now("2026-03-01T090000").unwrap();
    add(&mut t.store, "After", "", &[]);
    let aside = t
        .store
        .restore_backup(&saved, "2026-03-01T100000")
        .unwrap()
        .expect("kept");
    assert_eq!(titles(&t.store), ["Before"]);
    add(&mut t.store, "Then more", "", &[]);
    assert_eq!(titles(&t.store), ["Before", "Then more"]);
    assert_eq!(
        titles(&Store::open(&aside, clock()).unwrap()),
        ["After", "Before"]
    );
}
