//! An encrypted journal against the same journal in plaintext:
//! `cargo bench -p waypoint-core --bench encryption`.
//!
//! Target (issue 12, release build): opening an encrypted 50,000-entry journal and searching it
//! within 1.2× the plaintext figures. Opening is timed with the key at hand (what every
//! connection costs); unwrapping the key from the passphrase (Argon2id, slow on purpose, once
//! per unlock) is printed on its own.

mod common;

use std::time::Instant;

use common::{generated_store, last_day, percentiles};
use waypoint_core::sample_data;
use waypoint_core::search::EntryQuery;
use waypoint_core::store::encryption::unlock_key;
use waypoint_core::time::FixedClock;
use waypoint_core::{KdfParams, Store};

const PASS: &str = "bench passphrase";

fn clock() -> Box<FixedClock> {
    Box::new(FixedClock(
        last_day().and_hms_opt(20, 0, 0).expect("time").and_utc(),
    ))
}

fn search(store: &Store, word: &str) {
    let page = store
        .find_entries(&EntryQuery::text(format!("{word} ")))
        .expect("search");
    assert!(!page.items.is_empty(), "the journal contains {word:?}");
}

fn main() {
    let (plain_dir, plain) = generated_store(50_000);
    let secret_dir = tempfile::tempdir().expect("temp dir");
    plain
        .backup_to(&secret_dir.path().join(waypoint_core::paths::DATABASE_FILE))
        .expect("a copy");
    let started = Instant::now();
    let mut secret = Store::open_in_dir(secret_dir.path(), clock()).expect("the copy");
    secret
        .set_passphrase(PASS, PASS, KdfParams::RFC_9106_SECOND)
        .expect("encrypt");
    println!(
        "setup: the copy encrypted in {:.2} s",
        started.elapsed().as_secs_f64()
    );
    let started = Instant::now();
    let key = unlock_key(secret_dir.path(), PASS, "passphrase").expect("unlock");
    println!(
        "unlock: the key unwrapped from the passphrase (Argon2id 64 MiB, t=3, p=4) in {:.0} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );

    let open_plain = percentiles("open, plaintext, 50,000 entries", None, || {
        drop(Store::open_in_dir(plain_dir.path(), clock()).expect("open"));
    });
    let open_secret = percentiles("open, encrypted, 50,000 entries", None, || {
        drop(Store::open_in_dir_with_key(secret_dir.path(), key.clone(), clock()).expect("open"));
    });
    let mut ratios = vec![("open", open_secret / open_plain)];
    let common = sample_data::commonest_word();
    let rare = sample_data::rare_word();
    // What an unlock costs the first search: a new connection, nothing of the file in its cache.
    let first_plain = percentiles("open + first search, plaintext", None, || {
        search(
            &Store::open_in_dir(plain_dir.path(), clock()).expect("open"),
            common,
        );
    });
    let first_secret = percentiles("open + first search, encrypted", None, || {
        let store = Store::open_in_dir_with_key(secret_dir.path(), key.clone(), clock());
        search(&store.expect("open"), common);
    });
    ratios.push(("open + search", first_secret / first_plain));
    // Then searches as the user types: the pages read once stay in the connection's cache.
    for _ in 0..20 {
        search(&plain, common);
        search(&secret, common);
    }
    for (label, word) in [("commonest word", common), ("rare word", rare.as_str())] {
        let p = percentiles(&format!("search {label}, plaintext"), None, || {
            search(&plain, word)
        });
        let s = percentiles(&format!("search {label}, encrypted"), None, || {
            search(&secret, word)
        });
        ratios.push((label, s / p));
    }
    for (what, ratio) in ratios {
        let verdict = if ratio <= 1.2 { "met" } else { "MISSED" };
        println!("encrypted / plaintext, {what:<15} {ratio:.2}x  (target <= 1.2x: {verdict})");
    }
}
