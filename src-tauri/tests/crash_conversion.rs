//! Killed mid-conversion, the journal is still there: `waypoint encrypt`, `decrypt` and
//! `passphrase` are killed with SIGKILL at moments spread over the time each takes (key
//! derivation, export, rename, backups), and after every kill the journal opens, plaintext or
//! encrypted with a passphrase that was set, with every entry, and passes its integrity checks.

use std::io::Write;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use waypoint_core::search::EntryQuery;
use waypoint_core::store::encryption::journal_is_encrypted;
use waypoint_core::time::FixedClock;
use waypoint_core::Store;

const ENTRIES: usize = 1500;
const KILLS_PER_KIND: u32 = 12;

fn clock() -> Box<FixedClock> {
    Box::new(FixedClock(chrono::DateTime::UNIX_EPOCH))
}

fn waypoint(dir: &Path, args: &[&str], passphrases: &str) -> Child {
    let mut child = Command::new(env!("CARGO_BIN_EXE_waypoint"))
        .arg("--data-dir")
        .arg(dir)
        .args(["--passphrase-fd", "0"])
        .args(args)
        .env_remove("WAYPOINT_DATA_DIR")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("waypoint starts");
    let mut stdin = child.stdin.take().expect("its input");
    // A kill may come before it reads: that is one of the moments tested.
    let _ = stdin.write_all(passphrases.as_bytes());
    child
}

/// Runs a conversion to its end; answers how long it took.
fn whole(dir: &Path, args: &[&str], passphrases: &str) -> Duration {
    let start = Instant::now();
    let status = waypoint(dir, args, passphrases).wait().unwrap();
    assert!(status.success(), "{args:?}");
    start.elapsed()
}

/// The journal as it is now: opened plaintext, or with the first of `passphrases` that works
/// (answered); every entry there and whole.
fn check<'a>(dir: &Path, passphrases: &[&'a str], when: &str) -> Option<&'a str> {
    let (store, used) = if journal_is_encrypted(dir).unwrap() {
        let used = passphrases
            .iter()
            .find(|p| Store::unlock_in_dir(dir, p, clock()).is_ok())
            .unwrap_or_else(|| panic!("{when}: no passphrase opens the journal"));
        (
            Store::unlock_in_dir(dir, used, clock()).unwrap(),
            Some(*used),
        )
    } else {
        let store = Store::open_in_dir(dir, clock())
            .unwrap_or_else(|e| panic!("{when}: the journal does not open: {}", e.message));
        (store, None)
    };
    assert_eq!(
        store.integrity_problems().unwrap(),
        Vec::<String>::new(),
        "{when}"
    );
    assert_eq!(
        store.counts().unwrap().entries as usize,
        ENTRIES,
        "{when}: every entry is there"
    );
    let found = store
        .find_entries(&EntryQuery {
            limit: 1,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(found.items.len(), 1, "{when}: the list reads");
    used
}

#[test]
fn a_conversion_killed_at_any_moment_leaves_the_old_journal_or_the_new_one() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let count = ENTRIES.to_string();
    assert!(Command::new(env!("CARGO_BIN_EXE_waypoint"))
        .arg("--data-dir")
        .arg(dir)
        .args(["dev", "generate", "--count", &count])
        .status()
        .unwrap()
        .success());
    assert!(whole(dir, &["backup"], "").as_nanos() > 0);
    // How long each takes uninterrupted: the kills are spread over that span.
    let encrypting = whole(dir, &["encrypt"], "one passphrase\n");
    let rewrapping = whole(dir, &["passphrase"], "one passphrase\ntwo passphrase\n");
    let decrypting = whole(dir, &["decrypt"], "two passphrase\n");
    check(dir, &[], "after the uninterrupted runs");

    let known = ["one passphrase", "two passphrase"];
    let (mut old, mut new) = (0, 0);
    for i in 0..KILLS_PER_KIND * 3 {
        let current = check(dir, &known, &format!("before kill {i}"));
        let (args, lines, span): (&[&str], String, Duration) = match (current, i % 2) {
            (None, _) => (&["encrypt"], "one passphrase\n".into(), encrypting),
            (Some(p), 0) => {
                let other = if p == known[0] { known[1] } else { known[0] };
                (&["passphrase"], format!("{p}\n{other}\n"), rewrapping)
            }
            (Some(p), _) => (&["decrypt"], format!("{p}\n"), decrypting),
        };
        let mut child = waypoint(dir, args, &lines);
        // The moment of the kill, spread from the start to past the end of the run: this
        // sleep is what is being varied, not a wait for something to happen.
        let fraction = f64::from((i * 7) % 13) / 12.0;
        std::thread::sleep(span.mul_f64(fraction * 1.1));
        child.kill().expect("SIGKILL");
        child.wait().unwrap();
        let after = check(dir, &known, &format!("after kill {i} during {args:?}"));
        if after == current {
            old += 1;
        } else {
            new += 1;
        }
    }
    // The kills fell on both sides of the moment a conversion takes effect.
    assert!(
        old > 0 && new > 0,
        "{old} kills left the old journal, {new} the new one"
    );
}
