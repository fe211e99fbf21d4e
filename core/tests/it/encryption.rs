//! Encryption at rest on real files: turning it on and off keeps every entry and the schema
//! version, converts the backups with the journal, leaves no readable word in any file of the
//! data folder, and a passphrase change rewraps the key without touching the database.

use std::path::{Path, PathBuf};

use waypoint_core::store::backup;
use waypoint_core::store::encryption::{self, journal_is_encrypted};
use waypoint_core::store::keyfile::KEY_FILE;
use waypoint_core::{ErrorKind, KdfParams, Store};

use crate::common::*;

/// Light parameters for speed; [`the_recommended_parameters_unlock`] uses the real ones.
const FAST: KdfParams = KdfParams {
    memory_kib: 256,
    iterations: 1,
    parallelism: 1,
};
const PASS: &str = "a long walk home";

fn encrypt(dir: &Path, kdf: KdfParams) -> Store {
    let mut s = Store::open_in_dir(dir, clock()).unwrap();
    s.set_passphrase(PASS, PASS, kdf).unwrap();
    s
}

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

/// Every file under `dir`, at any depth.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        if e.path().is_dir() {
            out.extend(files(&e.path()));
        } else {
            out.push(e.path());
        }
    }
    out
}

/// The files under `dir` whose bytes contain `word`.
fn holding(dir: &Path, word: &str) -> Vec<PathBuf> {
    files(dir)
        .into_iter()
        .filter(|p| {
            let bytes = std::fs::read(p).unwrap();
            bytes.windows(word.len()).any(|w| w == word.as_bytes())
        })
        .collect()
}

#[test]
fn encrypting_keeps_everything_and_leaves_no_readable_word() {
    let dir = tempfile::tempdir().unwrap();
    let mut plain = Store::open_in_dir(dir.path(), clock()).unwrap();
    add(
        &mut plain,
        "Written before",
        "the word zanzibarite is here",
        &["secret"],
    );
    let version = plain.schema_version().unwrap();
    plain.backup_now("2026-11-24T100000").unwrap();
    assert!(
        !holding(dir.path(), "zanzibarite").is_empty(),
        "the probe finds plaintext"
    );
    let mut store = plain;
    let mismatch = store.set_passphrase("short", "other", FAST).err().unwrap();
    let fields: Vec<&str> = mismatch.problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(
        fields,
        ["passphrase", "confirmation"],
        "every problem at once"
    );
    store.set_passphrase(PASS, PASS, FAST).unwrap();
    assert!(store.is_encrypted());
    assert!(journal_is_encrypted(dir.path()).unwrap());
    assert_eq!(
        store.schema_version().unwrap(),
        version,
        "user_version is kept"
    );
    assert_eq!(titles(&store), ["Written before"]);
    // Written while encrypted, and backed up: the WAL, the shared memory and the backup hold it.
    add(
        &mut store,
        "Written after",
        "the word quodlibetarian too",
        &[],
    );
    store.backup_now("2026-11-24T110000").unwrap();
    assert!(dir
        .path()
        .join(format!("{}-wal", waypoint_core::paths::DATABASE_FILE))
        .exists());
    for word in ["zanzibarite", "quodlibetarian", "Written", "secret"] {
        assert_eq!(holding(dir.path(), word), Vec::<PathBuf>::new(), "{word}");
    }
    for b in store.backups().unwrap() {
        let e = backup::check(Path::new(&b.path), None).unwrap_err();
        assert!(e.message.contains(&b.path), "{}", e.message);
    }
    drop(store);

    let locked = Store::open_in_dir(dir.path(), clock()).err().unwrap();
    assert_eq!(locked.kind, ErrorKind::Locked);
    let wrong = Store::unlock_in_dir(dir.path(), "a long walk hom", clock())
        .err()
        .unwrap();
    assert_eq!(wrong.field.as_deref(), Some("passphrase"));
    assert!(!wrong.message.contains(PASS));
    let again = Store::unlock_in_dir(dir.path(), PASS, clock()).unwrap();
    assert_eq!(titles(&again), ["Written after", "Written before"]);
    let found = again
        .find_entries(&waypoint_core::search::EntryQuery {
            text: "quodlibetarian".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        found.items.len(),
        1,
        "the search index is encrypted and works"
    );
}

#[test]
fn decrypting_brings_back_a_plain_journal_and_plain_backups() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = encrypt(dir.path(), FAST);
    add(&mut store, "Kept", "", &[]);
    store.backup_now("2026-11-24T100000").unwrap();
    let wrong = store.remove_passphrase("not the one").err().unwrap();
    assert_eq!(wrong.field.as_deref(), Some("current"));
    assert!(
        journal_is_encrypted(dir.path()).unwrap(),
        "a wrong passphrase changes nothing"
    );
    assert!(store.is_encrypted());
    store.remove_passphrase(PASS).unwrap();
    assert!(!store.is_encrypted());
    assert_eq!(titles(&store), ["Kept"]);
    assert!(!dir.path().join(KEY_FILE).exists());
    drop(store);
    let plain = Store::open_in_dir(dir.path(), clock()).unwrap();
    assert_eq!(titles(&plain), ["Kept"]);
    for b in plain.backups().unwrap() {
        backup::check(Path::new(&b.path), None).unwrap();
    }
}

#[test]
fn a_new_passphrase_rewraps_the_key_and_leaves_the_database_alone() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = encrypt(dir.path(), FAST);
    add(&mut store, "Kept", "", &[]);
    let db = dir.path().join(waypoint_core::paths::DATABASE_FILE);
    let before = std::fs::read(&db).unwrap();
    let new = "a new long one";
    let short = store
        .change_passphrase(PASS, "short", "short", FAST)
        .err()
        .unwrap();
    assert_eq!(short.field.as_deref(), Some("passphrase"));
    let wrong = store
        .change_passphrase("nope nope", new, new, FAST)
        .err()
        .unwrap();
    assert_eq!(wrong.field.as_deref(), Some("current"));
    store.change_passphrase(PASS, new, new, FAST).unwrap();
    assert_eq!(std::fs::read(&db).unwrap(), before);
    drop(store);
    assert!(Store::unlock_in_dir(dir.path(), PASS, clock()).is_err());
    let store = Store::unlock_in_dir(dir.path(), "a new long one", clock()).unwrap();
    assert_eq!(titles(&store), ["Kept"]);
}

#[test]
fn encrypting_is_refused_while_another_connection_holds_the_journal() {
    let dir = tempfile::tempdir().unwrap();
    let mut other = Store::open_in_dir(dir.path(), clock()).unwrap();
    add(&mut other, "Kept", "", &[]);
    let mut store = Store::open_in_dir(dir.path(), clock()).unwrap();
    let e = store.set_passphrase(PASS, PASS, FAST).err().unwrap();
    assert!(e.message.contains("open"), "{}", e.message);
    assert!(!journal_is_encrypted(dir.path()).unwrap());
    assert!(!store.is_encrypted(), "the store is open as it was");
    assert_eq!(titles(&store), ["Kept"]);
    assert_eq!(titles(&other), ["Kept"]);
}

const OLD: &str = "Oldquillwort";
const NEW: &str = "Newquillwort";

#[test]
fn a_plain_backup_restored_into_an_encrypted_journal_is_encrypted_on_the_way_in() {
    let dir = tempfile::tempdir().unwrap();
    let mut plain = Store::open_in_dir(dir.path(), clock()).unwrap();
    // Long, unlikely words: a three-letter one turns up in a megabyte of ciphertext by chance.
    add(&mut plain, OLD, "", &[]);
    let outside = dir.path().join("outside.sqlite3");
    plain.backup_to(&outside).unwrap();
    let outside_copy = tempfile::tempdir().unwrap();
    let elsewhere = outside_copy.path().join("old.sqlite3");
    std::fs::rename(&outside, &elsewhere).unwrap();
    drop(plain);
    let mut store = encrypt(dir.path(), FAST);
    add(&mut store, NEW, "", &[]);
    drop(store);
    let key = encryption::unlock_key(dir.path(), PASS, "passphrase").unwrap();
    let aside = backup::restore(dir.path(), &elsewhere, "2026-11-24T120000", Some(&key))
        .unwrap()
        .expect("the replaced journal is kept");
    assert!(journal_is_encrypted(dir.path()).unwrap());
    let restored = Store::unlock_in_dir(dir.path(), PASS, clock()).unwrap();
    assert_eq!(titles(&restored), [OLD]);
    let kept = backup::check(&aside, Some(&key));
    assert!(
        kept.is_ok(),
        "the kept journal is encrypted with the key too"
    );
    assert!(holding(dir.path(), OLD).is_empty() && holding(dir.path(), NEW).is_empty());
}

#[test]
fn the_recommended_parameters_unlock() {
    assert_eq!(
        KdfParams::RFC_9106_SECOND,
        KdfParams {
            memory_kib: 65_536,
            iterations: 3,
            parallelism: 4
        }
    );
    let dir = tempfile::tempdir().unwrap();
    drop(encrypt(dir.path(), KdfParams::RFC_9106_SECOND));
    let text = std::fs::read_to_string(dir.path().join(KEY_FILE)).unwrap();
    assert!(text.contains("\"memory_kib\": 65536"), "{text}");
    assert!(Store::unlock_in_dir(dir.path(), PASS, clock()).is_ok());
}
