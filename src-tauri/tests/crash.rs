//! Killed mid-write, nothing is lost or half there: a process writing entries in a loop
//! (`waypoint dev write-loop`, which prints each entry's number once its commit returned) is
//! killed with SIGKILL after a varying number of writes, 100 times on one journal. After every
//! kill each reported write is in the journal, no entry is half-written, and SQLite's and the
//! full-text indexes' integrity checks pass.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use waypoint_core::search::EntryQuery;
use waypoint_core::time::FixedClock;
use waypoint_core::Store;

const KILLS: u64 = 100;

#[test]
fn a_hundred_kills_lose_no_reported_write_and_leave_the_file_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut reported: Vec<u64> = Vec::new();
    // Each run numbers its writes from 0; the runs' entries differ by their run's offset.
    for run in 0..KILLS {
        let mut child = Command::new(env!("CARGO_BIN_EXE_waypoint"))
            .arg("--data-dir")
            .arg(dir.path())
            .args(["dev", "write-loop"])
            .env_remove("WAYPOINT_DATA_DIR")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the writer starts");
        // A varying moment: after 0 to 12 reported writes, while the next one is under way.
        let wait_for = (run * 7919) % 13;
        let mut lines = BufReader::new(child.stdout.take().expect("its output")).lines();
        let mut seen = 0;
        while seen < wait_for {
            match lines.next() {
                Some(Ok(_)) => seen += 1,
                _ => break,
            }
        }
        child.kill().expect("SIGKILL");
        // Whatever it printed before dying was committed: read the rest of its output too.
        seen += lines.map_while(Result::ok).count() as u64;
        child.wait().expect("the writer is reaped");
        reported.push(seen);

        let store = Store::open_in_dir(
            dir.path(),
            Box::new(FixedClock(chrono::DateTime::UNIX_EPOCH)),
        )
        .unwrap_or_else(|e| panic!("after kill {run}: the journal does not open: {}", e.message));
        assert_eq!(
            store.integrity_problems().expect("the checks run"),
            Vec::<String>::new(),
            "after kill {run}"
        );
        let mut titles: Vec<String> = Vec::new();
        let mut offset = 0;
        loop {
            let page = store
                .find_entries(&EntryQuery {
                    limit: 500,
                    offset,
                    ..Default::default()
                })
                .expect("the list");
            for hit in &page.items {
                let e = &hit.entry;
                assert!(e.title.starts_with("Write "), "{e:?}");
                assert_eq!(e.tags.len(), 2, "every entry has both its tags: {e:?}");
                titles.push(e.title.clone());
            }
            match page.next_offset {
                Some(next) => offset = next,
                None => break,
            }
        }
        let total = titles.len() as u64;
        let committed: u64 = reported.iter().sum();
        // At most the one write under way at each kill got in besides those reported.
        assert!(
            total >= committed && total <= committed + run + 1,
            "after kill {run}: {total} entries, {committed} reported"
        );
        // Every reported write is there: "Write i" at least as often as runs reported it.
        for i in 0..13u64 {
            let want = reported.iter().filter(|&&n| n > i).count();
            let have = titles
                .iter()
                .filter(|t| **t == format!("Write {i}"))
                .count();
            assert!(
                have >= want,
                "after kill {run}: \"Write {i}\" {have} times, reported {want}"
            );
        }
        // The index agrees with the rows: the word every entry has finds them all.
        let found = store
            .find_entries(&EntryQuery {
                text: "\"Body of write\"".into(),
                limit: 1,
                ..Default::default()
            })
            .expect("search");
        assert!(found.items.len() as u64 <= total && (total == 0 || !found.items.is_empty()));
    }
    // The kills came mid-stream: about six reported writes a run (0 to 12).
    let committed: u64 = reported.iter().sum();
    assert!(
        committed >= 400,
        "only {committed} writes were reported: {reported:?}"
    );
}
