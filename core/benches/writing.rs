//! The writing checks (issue 10): every check on a 5,000-word brief in Markdown (headings,
//! lists, code, links), and the same after a one-character edit, which is what runs as the
//! writer types. Target: p95 under 20 ms. `cargo bench -p waypoint-core --bench writing`.

mod common;

use common::percentiles;
use criterion::{criterion_group, criterion_main, Criterion};
use waypoint_core::writing::{
    built_in_glossary, check, CheckOptions, CheckReport, Dismissals, DocKind,
};

/// The sample texts of the tests, under headings and with the Markdown a brief has, until the
/// document reaches 5,000 words.
fn document(run: impl Fn(&str) -> CheckReport) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/writing");
    let samples: Vec<String> = ["brief", "writeup", "quirks"]
        .iter()
        .map(|n| std::fs::read_to_string(format!("{dir}/{n}.txt")).expect("a sample text"))
        .collect();
    let mut doc =
        String::from("---\ntitle: Billing queue\nkind: brief\n---\n\n# Billing queue\n\n");
    let mut part = 0;
    while run(&doc).counts.words < 5_000 {
        doc.push_str(&format!(
            "## Part {part}\n\n{}\n- See [the runbook](https://example.com/runbook/{part}) and `make test`.\n- Our MTTR and p99 latency improved.\n\n```sh\ncargo test --workspace\n```\n\n",
            samples[part % samples.len()]
        ));
        part += 1;
    }
    doc
}

fn writing_benches(c: &mut Criterion) {
    let glossary = built_in_glossary();
    let dismissals = Dismissals::default();
    let options = CheckOptions {
        kind: DocKind::Brief,
        glossary: &glossary,
        dismissals: &dismissals,
    };
    waypoint_core::writing::warm_up();
    let doc = document(|d| check(d, &options));
    let words = check(&doc, &options).counts.words;
    percentiles(
        &format!("all writing checks, {words}-word brief"),
        Some(20.0),
        || {
            assert!(!check(&doc, &options).findings.is_empty());
        },
    );
    let mut edited = doc.clone();
    let middle = doc.len() / 2;
    let at = (middle..doc.len())
        .find(|&i| doc.is_char_boundary(i))
        .expect("a boundary");
    percentiles(
        "all writing checks after a one-character edit",
        Some(20.0),
        || {
            edited.insert(at, 'x');
            assert!(check(&edited, &options).counts.words >= 5_000);
            edited.remove(at);
        },
    );
    c.bench_function("writing_checks_5000_words", |b| {
        b.iter(|| check(&doc, &options))
    });
}

criterion_group!(benches, writing_benches);
criterion_main!(benches);
