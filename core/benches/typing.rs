//! Search as you type at 50,000 entries (issue 9, item 4): `cargo bench -p waypoint-core --bench typing`.
//!
//! Each keystroke of `strategy` is a search for what is typed so far, the last word a prefix.
//! Target: every keystroke's first page (ranked, with snippets) within 50 ms, one-letter
//! prefixes included. Prints p50/p95/max per keystroke.

mod common;

use common::{generated_store, percentiles};
use waypoint_core::search::EntryQuery;

const TYPED: [&str; 8] = [
    "s",
    "st",
    "str",
    "stra",
    "strat",
    "strategy",
    "strategy ",
    "the",
];

fn main() {
    let (_dir, store) = generated_store(50_000);
    for typed in TYPED {
        let q = EntryQuery::text(typed.to_string());
        let found = store.find_entries(&q).expect("search").items.len();
        percentiles(
            &format!("type {typed:?} ({found} shown)"),
            Some(50.0),
            || {
                store.find_entries(&q).expect("search");
            },
        );
    }
}
