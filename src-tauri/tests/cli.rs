//! The command line runs the real binary on a temp data dir, with no display at all: a
//! subcommand must never try to open a window.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

struct Cli {
    dir: tempfile::TempDir,
}

impl Cli {
    fn new() -> Self {
        Self {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_waypoint"));
        c.arg("--data-dir").arg(self.dir.path()).args(args);
        c.env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("WAYPOINT_DATA_DIR");
        c
    }

    fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().expect("run waypoint")
    }

    /// What a command that must succeed printed.
    fn said(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn json(&self, args: &[&str]) -> Value {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).expect("valid JSON")
    }
}

#[test]
fn add_then_list_and_search_as_json() {
    let cli = Cli::new();
    let added = cli.json(&[
        "add",
        "Met the CFO. We went through the P&L and @margins line by line.",
        "--tag",
        "board",
        "--date",
        "2026-03-04",
        "--kind",
        "meeting-note",
        "--star",
        "--json",
    ]);
    assert_eq!(added["title"], "Met the CFO.");
    assert_eq!(
        added["body"],
        "We went through the P&L and @margins line by line."
    );
    assert_eq!(added["tags"], serde_json::json!(["board", "margins"]));
    assert_eq!(added["entry_date"], "2026-03-04");
    assert_eq!(added["kind"], "meeting_note");
    assert_eq!(added["starred"], true);

    cli.json(&["add", "A second, unrelated thought about hiring.", "--json"]);

    let listed = cli.json(&["list", "--json"]);
    assert_eq!(listed.as_array().map(Vec::len), Some(2));
    let starred = cli.json(&["list", "--starred", "--json"]);
    assert_eq!(starred[0]["entry"]["title"], "Met the CFO.");

    let found = cli.json(&["search", "line", "by", "--json"]);
    assert_eq!(found.as_array().map(Vec::len), Some(1));
    let hits: Vec<&str> = found[0]["snippet"]
        .as_array()
        .expect("snippet spans")
        .iter()
        .filter(|s| s["hit"] == true)
        .filter_map(|s| s["text"].as_str())
        .collect();
    assert_eq!(hits, vec!["line", "by", "line"]);

    let filtered = cli.json(&["search", "hiring", "--kind", "meeting_note", "--json"]);
    assert_eq!(filtered.as_array().map(Vec::len), Some(0));

    // Quoted, `-word` is part of the search, not an option.
    let excluded = cli.json(&["search", "the -hiring", "--json"]);
    assert_eq!(excluded.as_array().map(Vec::len), Some(1));
    assert_eq!(excluded[0]["entry"]["title"], "Met the CFO.");
    let either = cli.json(&["search", "cfo", "OR", "hiring", "--starred", "--json"]);
    assert_eq!(either.as_array().map(Vec::len), Some(1));
}

#[test]
fn add_reads_standard_input() {
    let cli = Cli::new();
    let mut child = cli
        .cmd(&["add", "--title", "From stdin", "--json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"Line one\nLine two\n")
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["title"], "From stdin");
    assert_eq!(v["body"], "Line one\nLine two");
}

#[test]
fn bad_input_exits_2_with_a_specific_message_and_writes_nothing() {
    let cli = Cli::new();
    for (args, expected) in [
        (
            vec!["add", "Text", "--date", "2026-02-30"],
            "not a valid date",
        ),
        (vec!["add", "Text", "--tag", "two words"], "has a space"),
        (vec!["add", "   "], "Nothing to add"),
        (vec!["search", "x", "--from", "soon"], "start date"),
    ] {
        let out = cli.run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(expected), "{args:?}: {err}");
    }
    let out = cli.run(&["add", "x", "--kind", "diary"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("reflection, weekly_review"));
    assert_eq!(cli.json(&["list", "--json"]), serde_json::json!([]));
}

#[test]
fn text_output_is_readable() {
    let cli = Cli::new();
    cli.json(&[
        "add",
        "Quarter plan. Learn the budget process.",
        "--date",
        "2026-01-05",
        "--tag",
        "q1",
        "--json",
    ]);
    let out = cli.run(&["list"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("2026-01-05  Quarter plan.  #q1"), "{text}");
    assert!(text.contains("Learn the budget process."), "{text}");
}

#[test]
fn calendar_import_reports_as_json_and_text_and_refuses_what_is_not_a_calendar() {
    let cli = Cli::new();
    // Dates near today, so that they fall inside the import window whenever this runs.
    let day = (chrono::Local::now().date_naive() - chrono::Days::new(30)).format("%Y%m%d");
    let ics = format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//waypoint tests//EN\r\n\
         BEGIN:VEVENT\r\nUID:cli-1\r\nSUMMARY:Planning\r\nDTSTART:{day}T090000Z\r\n\
         DTEND:{day}T100000Z\r\nRRULE:FREQ=DAILY;COUNT=3\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nUID:cli-1\r\nSUMMARY:Planning\r\nRECURRENCE-ID:{day}T090000Z\r\n\
         DTSTART:{day}T090000Z\r\nDTEND:{day}T100000Z\r\nSTATUS:CANCELLED\r\nEND:VEVENT\r\n\
         END:VCALENDAR\r\n"
    );
    let file = cli.dir.path().join("team.ics");
    std::fs::write(&file, ics).expect("write ics");
    let path = file.to_str().expect("utf-8 path");

    let report = cli.json(&["calendar", "import", path, "--json"]);
    assert_eq!(report["source"]["name"], "team.ics");
    assert_eq!(report["source"]["occurrences"], 3);
    assert_eq!(report["added"], 3);
    assert_eq!(report["events"], 2);
    assert_eq!(report["cancelled"], 1);
    assert_eq!(report["source"]["issues"], serde_json::json!([]));

    let out = cli.run(&["calendar", "import", path]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Imported team.ics: 2 events → 3 occurrences, covering "),
        "{text}"
    );
    assert!(
        text.contains("0 added, 0 updated, 0 removed, 3 unchanged; 1 cancelled"),
        "{text}"
    );

    let notes = cli.dir.path().join("notes.txt");
    std::fs::write(&notes, "Meeting notes, not a calendar").expect("write notes");
    for (file, expected) in [
        (
            notes.to_str().expect("path").to_string(),
            "notes.txt is not an iCalendar file",
        ),
        (
            cli.dir.path().join("missing.ics").display().to_string(),
            "There is no file",
        ),
    ] {
        let out = cli.run(&["calendar", "import", &file, "--json"]);
        assert_eq!(out.status.code(), Some(2), "{file}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(expected), "{file}: {err}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn calendar_weeks_prints_the_hand_worked_metrics_of_the_fixture() {
    let cli = Cli::new();
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/ics/team-calendar.ics"
    );
    let out = cli.run(&["calendar", "import", fixture]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // A week well inside the import window whenever this runs: four weeks ago.
    let day = chrono::Local::now().date_naive() - chrono::Days::new(28);
    let day = day.format("%Y-%m-%d").to_string();
    let weeks = cli.json(&[
        "calendar",
        "weeks",
        "--from",
        &day,
        "--to",
        &day,
        "--tz",
        "Europe/Berlin",
        "--json",
    ]);
    let weeks = weeks.as_array().expect("a list of weeks");
    assert_eq!(weeks.len(), 1);
    let load = &weeks[0]["load"];
    // Stand-up 5 × 0.5 h + planning 1.5 h + leadership sync 1.5 h; the declined demo, the
    // all-day offsite and the solo focus block are not meetings.
    assert_eq!(load["meeting_hours"], 5.5);
    assert_eq!(load["busy_hours"], 8.5);
    assert_eq!(load["focus_hours"], 29.5);
    assert_eq!(load["after_hours_meeting_hours"], 1.5);
    assert_eq!(load["meeting_count"], 7);
    assert_eq!(load["top_series"]["summary"], "Team stand-up");

    let out = cli.run(&[
        "calendar",
        "weeks",
        "--from",
        &day,
        "--to",
        &day,
        "--tz",
        "Europe/Berlin",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("5.5h    10%  29.5h"), "{text}");

    let out = cli.run(&[
        "calendar",
        "weeks",
        "--from",
        &day,
        "--to",
        &day,
        "--tz",
        "Mars/Base",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("IANA"));
}

#[test]
fn a_reader_that_stops_early_ends_the_listing_quietly() {
    let cli = Cli::new();
    let made = cli.run(&["dev", "generate", "--count", "500"]);
    assert!(made.status.success(), "{made:?}");
    let mut child = cli
        // Far more than a pipe holds (64 KiB), so the writer meets the closed pipe.
        .cmd(&["list", "--json", "--limit", "500"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start waypoint list");
    // Like `waypoint list | head -1`: read one line, then close the pipe.
    let mut first = String::new();
    {
        use std::io::BufRead;
        let mut out = std::io::BufReader::new(child.stdout.take().expect("stdout"));
        out.read_line(&mut first).expect("a first line");
    }
    let done = child.wait_with_output().expect("waypoint ends");
    assert!(!first.trim().is_empty());
    let stderr = String::from_utf8_lossy(&done.stderr);
    assert!(done.status.success(), "{:?}: {stderr}", done.status);
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn dev_answer_gives_the_core_answer_or_its_error_as_json_on_the_given_day() {
    let cli = Cli::new();
    let answer =
        |args: &[&str]| cli.json(&[&["dev", "answer", "--today", "2028-02-29"], args].concat());
    let created = answer(&[
        "create_entry",
        r##"{"draft":{"title":"Leap day","body":"","tags":["#Plan"]}}"##,
    ]);
    assert_eq!(created["ok"]["entry_date"], "2028-02-29");
    assert_eq!(created["ok"]["tags"], serde_json::json!(["plan"]));
    assert_eq!(created["ok"]["created_at"], "2028-02-29T12:00:00Z");
    let refused = answer(&[
        "create_entry",
        r#"{"draft":{"title":"","body":"","tags":["p&l"]}}"#,
    ]);
    assert_eq!(refused["err"]["kind"], "invalid_input");
    assert_eq!(refused["err"]["field"], "tags");
    assert_eq!(answer(&["today"])["ok"], "2028-02-29");
    let unknown = answer(&["no_such_command"]);
    assert!(unknown["err"]["message"]
        .as_str()
        .unwrap()
        .contains("no_such_command"));
    // Nothing but the one good entry reached the journal.
    assert_eq!(answer(&["journal_counts"])["ok"]["entries"], 1);
}

#[test]
fn dev_showcase_writes_a_journal_ending_on_the_given_day() {
    let cli = Cli::new();
    let out = cli.run(&["dev", "showcase", "--today", "2026-11-25"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list = cli.json(&["list", "--json"]);
    let dates: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["entry"]["entry_date"].as_str().unwrap())
        .collect();
    assert_eq!(dates.first(), Some(&"2026-11-25"));
    assert!(dates.len() >= 10, "{dates:?}");
}

#[test]
fn roi_prints_every_figure_of_a_model_or_of_a_documents_roi_block() {
    let cli = Cli::new();
    let model = r#"{"one_off": {"people": 2, "weeks": 10, "cost_per_person_week": 5000, "other": 20000},
        "running_per_month": 1500,
        "benefits_per_month": {"revenue": 8000, "costs_saved": 2000, "hours_saved": 25, "hourly_rate": 80},
        "ramp_up_months": 3, "horizon_months": 24, "annual_discount_rate": 0.10}"#;
    let json_file = cli.dir.path().join("model.json");
    std::fs::write(&json_file, model).unwrap();
    let r = cli.json(&["roi", json_file.to_str().unwrap(), "--json"]);
    for field in [
        "total_cost",
        "total_benefit",
        "npv",
        "irr_monthly",
        "irr_annual",
        "roi_percent",
        "payback_months",
        "discounted_payback_months",
        "break_even_month",
        "flows",
    ] {
        assert!(r.get(field).is_some(), "{field} missing: {r}");
    }
    assert_eq!(r["total_cost"], 156_000.0);
    assert_eq!(r["break_even_month"], 13);
    // The same model inside a brief; text output leads with the sentence.
    let doc = cli.dir.path().join("brief.md");
    std::fs::write(
        &doc,
        format!("# Brief\n\nThe ask.\n\n```roi\n{model}\n```\n"),
    )
    .unwrap();
    let out = cli.run(&["roi", doc.to_str().unwrap(), "--currency", "EUR"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success());
    assert!(
        text.starts_with("Investing €156k returns €276k over 24 months"),
        "{text}"
    );
    assert!(
        text.contains("break-even month") && text.contains("96,654.29"),
        "{text}"
    );
    // --chart writes the cumulative cash as a self-contained SVG.
    let chart = cli.dir.path().join("cash.svg");
    let out = cli.run(&[
        "roi",
        doc.to_str().unwrap(),
        "--chart",
        chart.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let svg = std::fs::read_to_string(&chart).expect("the chart was written");
    assert!(
        svg.starts_with("<svg") && svg.contains("class=\"cumulative\"") && !svg.contains("<script")
    );
    assert!(svg.contains("pays back, month 12.6"), "{svg}");
    // Explicit flows that never pay back: null payback in JSON; the IRR is negative
    // (−1000 + 100 v³ = 0 with v = 1 / (1 + r)).
    let flows = cli.dir.path().join("flows.json");
    std::fs::write(&flows, r#"{"annual_discount_rate": 0.1, "flows": [{"month": 0, "amount": -1000}, {"month": 3, "amount": 100}]}"#).unwrap();
    let r = cli.json(&["roi", flows.to_str().unwrap(), "--json"]);
    assert_eq!(r["payback_months"], Value::Null);
    let irr = r["irr_monthly"].as_f64().unwrap();
    assert!((irr - (0.1f64.powf(1.0 / 3.0) - 1.0)).abs() < 1e-9, "{irr}");
}

#[test]
fn roi_refuses_bad_models_and_huge_files_with_what_and_where() {
    let cli = Cli::new();
    let bad = cli.dir.path().join("bad.json");
    std::fs::write(
        &bad,
        r#"{"horizon_months": -3, "annual_discount_rate": 5, "one_off": {"people": "two"}}"#,
    )
    .unwrap();
    let out = cli.run(&["roi", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    for says in [
        "horizon_months is -3",
        "500 %",
        "one_off.people is \"two\", not a number",
    ] {
        assert!(err.contains(says), "{says:?} not in {err}");
    }
    let huge = cli.dir.path().join("huge.md");
    std::fs::write(&huge, "x".repeat(50 * 1024 * 1024)).unwrap();
    let out = cli.run(&["roi", huge.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("52.4 MB") && err.contains("at most 1 MB"),
        "{err}"
    );
    let out = cli.run(&["roi", cli.dir.path().join("missing.json").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn check_prints_counts_findings_and_the_checklist_and_strict_fails_a_weak_brief() {
    let cli = Cli::new();
    let brief = cli.dir.path().join("brief.md");
    std::fs::write(
        &brief,
        "# Billing\n\nBilling drops payments at peak, and significantly more at night.\n\n```sh\nthis is very really code\n```\n\nOur RTT is 🚀 probably fine.\n",
    )
    .unwrap();
    let path = brief.to_str().unwrap();
    let out = cli.run(&["check", path, "--kind", "brief"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("checked as a brief"), "{text}");
    assert!(text.contains("Flesch reading ease"), "{text}");
    assert!(text.contains("✗ The bottom line comes first"), "{text}");
    // Line and column as compilers print them; the column counts characters (🚀 is one).
    assert!(
        text.contains(&format!("{path}:3:37: warning [weasel]")),
        "{text}"
    );
    assert!(
        text.contains(&format!("{path}:9:5: warning [undefined-acronym]")),
        "{text}"
    );
    assert!(
        text.contains(&format!("{path}:9:14: note [hedge]")),
        "{text}"
    );
    assert!(!text.contains("really"), "code is not prose: {text}");

    let r = cli.json(&["check", path, "--kind", "brief", "--json"]);
    assert_eq!(r["kind"], "brief");
    assert!(r["counts"]["words"].as_u64().unwrap() > 10);
    let hedge = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "hedge")
        .expect("the hedge");
    let start = "# Billing\n\nBilling drops payments at peak, and significantly more at night.\n\n```sh\nthis is very really code\n```\n\nOur RTT is 🚀 ".len();
    assert_eq!(hedge["span"]["start"], start);
    assert_eq!(
        hedge["utf16"]["start"],
        start - 2,
        "🚀 is 4 bytes, 2 UTF-16 units"
    );
    assert_eq!(r["structure"].as_array().unwrap().len(), 5);

    let strict = cli.run(&["check", path, "--kind", "brief", "--strict"]);
    assert_eq!(strict.status.code(), Some(1));
    // A note has no checklist, so --strict has nothing to fail.
    assert_eq!(cli.run(&["check", path, "--strict"]).status.code(), Some(0));

    // A Waypoint export says what it is in its front matter; --kind still has the last word.
    let exported = cli.dir.path().join("exported.md");
    std::fs::write(
        &exported,
        "---\ntitle: \"Billing\"\nkind: brief\ntags: []\n---\n\nBilling drops payments at peak.\n",
    )
    .unwrap();
    let exported = exported.to_str().unwrap();
    let r = cli.json(&["check", exported, "--json"]);
    assert_eq!(r["kind"], "brief");
    assert_eq!(r["structure"].as_array().unwrap().len(), 5);
    assert_eq!(
        cli.run(&["check", exported, "--strict"]).status.code(),
        Some(1)
    );
    let r = cli.json(&["check", exported, "--kind", "note", "--json"]);
    assert_eq!(r["kind"], "note");
}

#[test]
fn check_refuses_what_it_cannot_read_with_what_and_where() {
    let cli = Cli::new();
    let huge = cli.dir.path().join("huge.md");
    std::fs::write(&huge, "word ".repeat(10 * 1024 * 1024)).unwrap();
    let out = cli.run(&["check", huge.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("huge.md is 52.4 MB") && err.contains("a document to check is at most 1 MB"),
        "{err}"
    );
    let binary = cli.dir.path().join("image.md");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x9f]).unwrap();
    let err = String::from_utf8(cli.run(&["check", binary.to_str().unwrap()]).stderr).unwrap();
    assert!(err.contains("is not a text file"), "{err}");
    let out = cli.run(&["check", cli.dir.path().join("missing.md").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("missing.md could not be read"));
    let out = cli.run(&["check", huge.to_str().unwrap(), "--kind", "memo"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("use brief, writeup or note"));
}

#[test]
fn docs_new_list_show_and_export() {
    let cli = Cli::new();
    let out = cli.run(&["docs", "list"]);
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .contains("No documents yet"));
    let file = cli.dir.path().join("brief.md");
    std::fs::write(
        &file,
        "## Bottom line\n\nI recommend the new queue by March 31; please approve it by Friday.\n\n```roi\n{\"flows\": [{\"month\": 0, \"amount\": -1000}, {\"month\": 1, \"amount\": 600}, {\"month\": 2, \"amount\": 600}]}\n```\n",
    )
    .unwrap();
    let brief = cli.json(&[
        "docs",
        "new",
        "--kind",
        "brief",
        "--title",
        "Billing",
        file.to_str().unwrap(),
        "--json",
    ]);
    let id = brief["id"].as_i64().unwrap();
    let templated = cli.json(&[
        "docs",
        "new",
        "--kind",
        "scqa",
        "--title",
        "One-pager",
        "--json",
    ]);
    assert!(templated["body"]
        .as_str()
        .unwrap()
        .contains("## Complication"));

    let list = cli.json(&["docs", "list", "--json"]);
    let rows = list.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    let row = rows.iter().find(|r| r["id"] == id).unwrap();
    assert_eq!(row["kind"], "brief");
    assert_eq!(row["checks_total"], 5);
    let found = cli.json(&["docs", "list", "queue", "--json"]);
    assert_eq!(found.as_array().unwrap().len(), 1);

    let shown = String::from_utf8(cli.run(&["docs", "show", &id.to_string()]).stdout).unwrap();
    assert!(
        shown.starts_with("---\ntitle: \"Billing\"\nkind: brief\n"),
        "{shown}"
    );
    let shown = cli.json(&["docs", "show", &id.to_string(), "--json"]);
    assert_eq!(shown["document"]["title"], "Billing");
    assert_eq!(shown["check"]["structure"][0]["passed"], true);

    let html = cli.dir.path().join("out.html");
    let out = cli.run(&[
        "docs",
        "export",
        &id.to_string(),
        "--format",
        "html",
        "--out",
        html.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("<figure class=\"roi\">") && !page.contains("<script"));
    let pdf = cli.dir.path().join("out.pdf");
    let out = cli.run(&[
        "docs",
        "export",
        &id.to_string(),
        "--format",
        "pdf",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) runs");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("Billing") && text.contains("NPV at"),
        "{text}"
    );
    let out = cli.run(&[
        "docs",
        "export",
        &id.to_string(),
        "--format",
        "docx",
        "--out",
        "x",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("use md, html or pdf"));
    let out = cli.run(&["docs", "show", "999"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("Document 999 does not exist"));
}

/// A journal for `waypoint review`: a starred win, a private worry and a check-in with a note.
fn review_journal(cli: &Cli) {
    for args in [
        &[
            "add",
            "--date",
            "2026-03-04",
            "--star",
            "Shipped the cache. It cut p95 latency by 38%.",
        ][..],
        &[
            "add",
            "--date",
            "2026-03-05",
            "Worried about the zanzibarquux reorg.",
        ][..],
    ] {
        let out = cli.run(args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let saved = cli.json(&[
        "dev",
        "answer",
        "--today",
        "2026-03-08",
        "save_checkin",
        r#"{"draft":{"period":"week","date":"2026-03-02","stress":8,"energy":4,"imposter":3,"note":"Felt quokkablue all week"}}"#,
    ]);
    assert!(saved["ok"]["id"].is_i64(), "{saved}");
}

#[test]
fn review_prints_writes_and_keeps_private_sections_out_unless_included() {
    let cli = Cli::new();
    review_journal(&cli);
    let period = ["review", "--from", "2026-03-01", "--to", "2026-03-31"];
    let data = cli.json(&[&period[..], &["--json"]].concat());
    assert_eq!(data["entry_count"], 2);
    assert_eq!(
        data["highlights"][0]["impact"],
        "It cut p95 latency by 38%."
    );
    assert_eq!(data["workload"]["checkin_count"], 1);
    assert_eq!(
        data["sections_excluded"],
        serde_json::json!(["journal", "checkins"])
    );
    let shown = data.to_string();
    assert!(!shown.contains("zanzibarquux") && !shown.contains("quokkablue"));

    let md = cli.run(&period);
    let md = String::from_utf8_lossy(&md.stdout);
    assert!(
        md.starts_with("---\ntitle: \"Progress review: 1 Mar 2026 – 31 Mar 2026\""),
        "{md}"
    );
    assert!(!md.contains("zanzibarquux") && !md.contains("quokkablue"));

    let all = cli.run(&[&period[..], &["--include", "journal,checkins"]].concat());
    let all = String::from_utf8_lossy(&all.stdout);
    assert!(
        all.contains("zanzibarquux") && all.contains("quokkablue"),
        "{all}"
    );
    assert!(all.contains("sections_excluded: []"));

    let out = cli.dir.path().join("review.html");
    let wrote = cli.run(&[&period[..], &["--out", out.to_str().unwrap()]].concat());
    let said = String::from_utf8_lossy(&wrote.stdout);
    assert!(
        said.contains(
            "left out as private: Journal (entries not starred), Check-ins (ratings and notes)"
        ),
        "{said}"
    );
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && !html.contains("zanzibarquux"));
    let pdf = cli.dir.path().join("review");
    let wrote = cli.run(
        &[
            &period[..],
            &["--format", "pdf", "--out", pdf.to_str().unwrap()],
        ]
        .concat(),
    );
    assert!(
        wrote.status.success(),
        "{}",
        String::from_utf8_lossy(&wrote.stderr)
    );
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
}

#[test]
fn review_refuses_bad_periods_sections_and_paths_with_exit_2() {
    let cli = Cli::new();
    review_journal(&cli);
    let refused = |args: &[&str], says: &[&str]| {
        let out = cli.run(&[&["review"][..], args].concat());
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?} printed something");
        for s in says {
            assert!(err.contains(s), "{args:?}: {err}");
        }
    };
    refused(&[], &["Give the first day", "Give the last day"]);
    refused(
        &["--from", "2026-03-31", "--to", "2026-03-01"],
        &["before it starts"],
    );
    refused(
        &["--from", "2026-02-30", "--to", "2026-03-01"],
        &["\"2026-02-30\" is not a date"],
    );
    refused(
        &[
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-31",
            "--include",
            "stress",
        ],
        &["\"stress\"", "journal and checkins"],
    );
    refused(
        &[
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-31",
            "--format",
            "pdf",
        ],
        &["--out"],
    );
    let missing = cli.dir.path().join("no-such-folder").join("r.md");
    refused(
        &[
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-31",
            "--out",
            missing.to_str().unwrap(),
        ],
        &["could not be written", "Choose a folder"],
    );
    assert!(!missing.parent().unwrap().exists());
    // A period with nothing in it is a review too, saying so.
    let empty = cli.run(&["review", "--from", "2030-01-01", "--to", "2030-01-31"]);
    assert!(empty.status.success());
    assert!(
        String::from_utf8_lossy(&empty.stdout).contains("Nothing was recorded in this period yet")
    );
}

#[test]
fn backup_then_restore_brings_the_journal_back_and_keeps_the_one_it_replaced() {
    let cli = Cli::new();
    assert!(cli.run(&["add", "Before the backup."]).status.success());
    let copy = cli.dir.path().join("elsewhere").join("copy.sqlite3");
    let out = cli.run(&["backup", "--out", copy.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Backed up the journal to"));
    let out = cli.run(&["backup"]);
    let said = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(said.contains("/backups/manual-"), "{said}");
    assert!(cli.run(&["add", "After the backup."]).status.success());

    let said = cli.said(&["restore", copy.to_str().unwrap()]);
    assert!(
        said.contains("The journal it replaced is kept as")
            && said.contains("waypoint.sqlite3.replaced-"),
        "{said}"
    );
    let titles: Vec<String> = cli
        .json(&["list", "--json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["entry"]["title"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(titles, ["Before the backup."]);

    let junk = cli.dir.path().join("junk.txt");
    std::fs::write(&junk, "words").unwrap();
    let out = cli.run(&["restore", junk.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a Waypoint backup"));
    assert_eq!(
        cli.json(&["list", "--json"]).as_array().unwrap().len(),
        1,
        "nothing changed"
    );
}

#[test]
fn export_everything_then_import_into_a_new_folder_gives_the_same_export() {
    let cli = Cli::new();
    assert!(cli
        .run(&["add", "--star", "Shipped it. @launch"])
        .status
        .success());
    assert!(cli.run(&["add", "A quiet day."]).status.success());
    let file = cli.dir.path().join("everything.json");
    let out = cli.run(&[
        "export",
        "--format",
        "json",
        "--out",
        file.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let fresh = Cli::new();
    let out = fresh.run(&["import", "json", file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        fresh
            .json(&["search", "shipped", "--json"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let again = fresh.dir.path().join("again.json");
    assert!(fresh
        .run(&[
            "export",
            "--format",
            "json",
            "--out",
            again.to_str().unwrap()
        ])
        .status
        .success());
    assert!(
        std::fs::read(&file).unwrap() == std::fs::read(&again).unwrap(),
        "the same bytes"
    );

    // Into a journal that has entries: refused, nothing changed.
    let out = cli.run(&["import", "json", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty journal only"));
    assert_eq!(cli.json(&["list", "--json"]).as_array().unwrap().len(), 2);
    // Not text, and not an export.
    let binary = cli.dir.path().join("photo.json");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x41]).unwrap();
    let empty = Cli::new();
    let out = empty.run(&["import", "json", binary.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid UTF-8 at byte 0"));
    let vault = cli.dir.path().join("vault");
    let said = cli.said(&[
        "export",
        "--format",
        "markdown",
        "--out",
        vault.to_str().unwrap(),
    ]);
    assert!(said.starts_with("Exported 2 files to"), "{said}");
    assert_eq!(std::fs::read_dir(vault.join("journal")).unwrap().count(), 2);
    let out = empty.run(&[
        "export",
        "--format",
        "json",
        "--out",
        "/nonexistent-folder/x.json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Choose a folder"));
}

#[test]
fn import_jrnl_previews_then_adds_once() {
    let cli = Cli::new();
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../core/tests/fixtures/jrnl/journal.json"
    );
    let said = cli.said(&["import", "jrnl", file, "--dry-run"]);
    assert!(
        said.starts_with("Would add 4 entries from jrnl; skipped 2."),
        "{said}"
    );
    assert!(
        said.contains("- #5 ") && said.contains("is not a day"),
        "{said}"
    );
    assert!(
        cli.json(&["list", "--json"]).as_array().unwrap().is_empty(),
        "a dry run writes nothing"
    );
    let report = cli.json(&["import", "jrnl", file, "--json"]);
    assert_eq!(report["add"].as_array().unwrap().len(), 4);
    assert_eq!(
        cli.json(&["search", "billing", "--json"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let again = cli.json(&["import", "jrnl", file, "--json"]);
    assert!(again["add"].as_array().unwrap().is_empty(), "{again}");
    assert_eq!(cli.json(&["list", "--json"]).as_array().unwrap().len(), 4);
}

#[test]
fn an_export_into_a_place_that_cannot_be_written_says_where_and_changes_nothing() {
    let cli = Cli::new();
    cli.said(&["add", "Kept safe."]);
    // A file where the folder should be: refused for every user, root too.
    let blocker = cli.dir.path().join("not-a-folder");
    std::fs::write(&blocker, "x").unwrap();
    for (format, out) in [("json", "all.json"), ("markdown", "vault")] {
        let target = blocker.join(out);
        let run = cli.run(&[
            "export",
            "--format",
            format,
            "--out",
            &target.display().to_string(),
        ]);
        assert!(!run.status.success(), "{format}");
        let err = String::from_utf8_lossy(&run.stderr);
        assert!(
            err.contains(&target.display().to_string()) && err.contains("could not be written"),
            "{format}: {err}"
        );
    }
    assert_eq!(std::fs::read_to_string(&blocker).unwrap(), "x");
    assert_eq!(cli.json(&["list", "--json"]).as_array().unwrap().len(), 1);
}

#[test]
fn import_dayone_markdown_and_daylio_from_their_paths() {
    let cli = Cli::new();
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/../core/tests/fixtures");
    let zip = format!("{fixtures}/dayone/export.zip");
    let said = cli.said(&["import", "dayone", &zip, "--dry-run"]);
    assert!(
        said.starts_with("Would add 3 entries from Day One; skipped 2."),
        "{said}"
    );
    assert!(
        said.contains("0f1e2d3c4b5a69788796a5b4c3d2e1f0.jpeg"),
        "the photo is listed: {said}"
    );
    let report = cli.json(&["import", "dayone", &zip, "--json"]);
    assert_eq!(report["add"].as_array().unwrap().len(), 3);

    let notes = format!("{fixtures}/markdown-notes/notes");
    let report = cli.json(&["import", "markdown", &notes, "--json"]);
    assert_eq!(report["add"].as_array().unwrap().len(), 3, "{report}");
    assert!(
        report["notes"].as_array().unwrap().is_empty(),
        "the vault's .obsidian folder is not read"
    );

    let csv = format!("{fixtures}/daylio/daylio_export.csv");
    let said = cli.said(&["import", "daylio", &csv, "--dry-run"]);
    assert!(
        said.contains("mood \"so-so\" (1×) = stress ?, energy ?, imposter ? — give it with --mood"),
        "{said}"
    );
    let report = cli.json(&["import", "daylio", &csv, "--mood", "so-so=6,4,3", "--json"]);
    assert_eq!(report["check_ins"].as_array().unwrap().len(), 3, "{report}");
    let bad = cli
        .cmd(&["import", "daylio", &csv, "--mood", "so-so=6"])
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("MOOD=STRESS,ENERGY,IMPOSTER"));
    assert_eq!(cli.json(&["list", "--json"]).as_array().unwrap().len(), 8);
}

impl Cli {
    /// Runs `args` with `lines` (passphrases, one per line) on standard input, read through
    /// `--passphrase-fd 0`.
    fn with_passphrases(&self, lines: &str, args: &[&str]) -> Output {
        let mut child = self
            .cmd(&[&["--passphrase-fd", "0"], args].concat())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run waypoint");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(lines.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    }

    /// The files under the data folder whose bytes hold `word`.
    fn files_holding(&self, word: &str) -> Vec<std::path::PathBuf> {
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for e in std::fs::read_dir(dir).unwrap().flatten() {
                if e.path().is_dir() {
                    walk(&e.path(), out);
                } else {
                    out.push(e.path());
                }
            }
        }
        let mut files = Vec::new();
        walk(self.dir.path(), &mut files);
        files.retain(|p| {
            let bytes = std::fs::read(p).unwrap();
            bytes.windows(word.len()).any(|w| w == word.as_bytes())
        });
        files
    }
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn encrypt_write_back_up_change_the_passphrase_and_decrypt() {
    let cli = Cli::new();
    cli.said(&["add", "Before encryption: the word glockenspielist."]);
    let said = ok(&cli.with_passphrases("first passphrase\n", &["encrypt"]));
    assert!(said.contains("The journal is encrypted"), "{said}");
    let added = cli.with_passphrases(
        "first passphrase\n",
        &["add", "--json", "Encrypted now: the word hypnagogically."],
    );
    ok(&added);
    ok(&cli.with_passphrases("first passphrase\n", &["backup"]));
    for word in ["glockenspielist", "hypnagogically", "encryption"] {
        assert_eq!(
            cli.files_holding(word),
            Vec::<std::path::PathBuf>::new(),
            "{word}"
        );
    }

    let locked = cli.run(&["list"]);
    assert!(!locked.status.success(), "no passphrase, no journal");
    let locked_said = String::from_utf8_lossy(&locked.stderr);
    assert!(locked_said.contains("--passphrase-fd"), "{locked_said}");
    let wrong = cli.with_passphrases("not the passphrase\n", &["list"]);
    assert_eq!(wrong.status.code(), Some(2));
    let wrong_said = String::from_utf8_lossy(&wrong.stderr);
    assert!(wrong_said.contains("does not unlock"), "{wrong_said}");
    assert!(!wrong_said.contains("not the passphrase"));

    let listed = ok(&cli.with_passphrases("first passphrase\n", &["search", "hypnagogically"]));
    assert!(listed.contains("Encrypted now"), "{listed}");
    ok(&cli.with_passphrases("first passphrase\nsecond passphrase\n", &["passphrase"]));
    assert_eq!(
        cli.with_passphrases("first passphrase\n", &["list"])
            .status
            .code(),
        Some(2),
        "the old passphrase no longer opens it"
    );
    ok(&cli.with_passphrases("second passphrase\n", &["decrypt"]));
    let plain = cli.said(&["list"]);
    assert!(
        plain.contains("Before encryption") && plain.contains("Encrypted now"),
        "{plain}"
    );
    assert!(!cli.dir.path().join("waypoint.key").exists());
}
