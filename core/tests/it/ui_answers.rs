//! The answers the UI's tests and dev mode replay (`ui/src/test/answers/workload.json`), produced
//! here by the real core on real files, so the UI never restates a rule to fake one.
//!
//! A state is a fresh store after some calls, on a fixed day; for each state the file holds
//! the answers to the reads the UI makes and, for each write the UI tests make, the core's
//! answer (or error) and the state it leads to. `make test` fails when the file is stale;
//! `make ui-answers` writes it again.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};
use waypoint_core::calendar::ImportOptions;
use waypoint_core::workload::WorkRules;
use waypoint_core::{Error, Store};

use crate::common::{d, store};

/// A command as the UI calls it: its name and its JSON arguments.
type Call = (&'static str, Value);

fn call(cmd: &'static str, args: Value) -> Call {
    (cmd, args)
}

/// The key the replaying mock looks answers up by: the command and its arguments with keys
/// sorted and whole numbers written without a fraction, as JavaScript's JSON writes them.
fn key(cmd: &str, args: &Value) -> String {
    fn canonical(v: &Value) -> Value {
        match v {
            Value::Object(m) => {
                // The file's contents are not part of an import's key, only its name.
                let mut fields: Vec<_> = m.iter().filter(|(k, _)| k.as_str() != "bytes").collect();
                // Sorted here: serde_json keeps insertion order (its `preserve_order` is on).
                fields.sort_by(|a, b| a.0.cmp(b.0));
                Value::Object(
                    fields
                        .into_iter()
                        .map(|(k, v)| (k.clone(), canonical(v)))
                        .collect(),
                )
            }
            Value::Array(a) => Value::Array(a.iter().map(canonical).collect()),
            Value::Number(n) => match n.as_f64() {
                Some(f) if f.fract() == 0.0 && f.abs() < 1e15 => json!(f as i64),
                _ => v.clone(),
            },
            other => other.clone(),
        }
    }
    format!("{cmd} {}", canonical(args))
}

fn arg<T: DeserializeOwned>(args: &Value, name: &str) -> T {
    serde_json::from_value(args[name].clone())
        .unwrap_or_else(|e| panic!("argument {name} of {args}: {e}"))
}

fn answer<T: Serialize>(r: waypoint_core::Result<T>) -> Result<Value, Error> {
    r.map(|v| serde_json::to_value(v).expect("serialisable"))
}

/// The files the UI tests "choose" in the file dialog, by name.
fn chosen_file(name: &str) -> Vec<u8> {
    match name {
        "work-calendar.ics" | "team.ics" => std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/ics/ui-week.ics"),
        )
        .expect("the UI calendar fixture"),
        _ => b"not a calendar\n".to_vec(),
    }
}

/// Runs a command the way its Tauri wrapper does (`src-tauri/src/commands/load.rs`), with
/// UTC as the computer's zone.
fn run(s: &mut Store, today: NaiveDate, (cmd, a): &Call) -> Result<Value, Error> {
    let rules = |s: &Store| -> waypoint_core::Result<WorkRules> {
        s.work_settings()?.rules(chrono_tz::UTC)
    };
    match *cmd {
        "work_settings" => answer(s.work_settings()),
        "reminder_settings" => answer(s.reminder_settings()),
        "save_work_settings" => answer(s.save_work_settings(&arg(a, "settings"))),
        "save_checkin" => answer(s.save_checkin(&arg(a, "draft"), today)),
        "checkin_due" => answer(rules(s).and_then(|r| s.checkin_due(today, &r))),
        "update_checkin_hours" => {
            let day = d(&arg::<String>(a, "weekStart"));
            answer(rules(s).and_then(|r| s.update_checkin_hours(day, &r)))
        }
        "workload_overview" => {
            let weeks: u32 = arg(a, "weeks");
            answer(rules(s).and_then(|r| s.workload_overview(today, weeks, &r)))
        }
        "week_detail" => {
            let from = d(&arg::<String>(a, "weekStart"));
            let later: i32 = arg(a, "weeksLater");
            answer(rules(s).and_then(|r| s.week_detail(from, later, today, &r)))
        }
        "stress_year" => answer(s.stress_year(arg(a, "year"))),
        "calendar_sources" => answer(s.calendar_sources()),
        "import_calendar" => {
            let name: String = arg(a, "name");
            let tz = rules(s)?.tz;
            answer(s.import_calendar(
                &name,
                &chosen_file(&name),
                &ImportOptions::around(today, tz),
            ))
        }
        "remove_calendar_source" => answer(s.remove_calendar_source(arg(a, "id"))),
        other => panic!("no such command in the recorder: {other}"),
    }
}

struct StateSpec {
    name: &'static str,
    today: &'static str,
    steps: Vec<Call>,
    reads: Vec<Call>,
    /// Each write and the state it leads to (None when it is refused).
    writes: Vec<(Call, Option<&'static str>)>,
}

fn record(spec: &StateSpec) -> Value {
    let today = d(spec.today);
    let fresh = || {
        let mut t = store();
        for step in &spec.steps {
            run(&mut t.store, today, step)
                .unwrap_or_else(|e| panic!("{}: step {}: {}", spec.name, step.0, e.message));
        }
        t
    };
    let mut t = fresh();
    let mut reads = BTreeMap::new();
    for read in &spec.reads {
        let v = run(&mut t.store, today, read)
            .unwrap_or_else(|e| panic!("{}: read {}: {}", spec.name, read.0, e.message));
        reads.insert(key(read.0, &read.1), v);
    }
    let mut writes = BTreeMap::new();
    for (write, next) in &spec.writes {
        let mut t = fresh();
        let outcome = match run(&mut t.store, today, write) {
            Ok(v) => {
                let next =
                    next.unwrap_or_else(|| panic!("{}: {} was accepted", spec.name, write.0));
                json!({ "ok": v, "next": next })
            }
            Err(e) => {
                assert!(
                    next.is_none(),
                    "{}: {} was refused: {}",
                    spec.name,
                    write.0,
                    e.message
                );
                json!({ "err": e })
            }
        };
        writes.insert(key(write.0, &write.1), outcome);
    }
    json!({ "today": spec.today, "reads": reads, "writes": writes })
}

const TODAY: &str = "2026-11-25"; // a Wednesday: the check-in is not due yet
const FRIDAY: &str = "2026-11-27";

fn settings(daily: bool) -> Value {
    json!({
        "time_zone": "Europe/Berlin",
        "work_days": [1, 2, 3, 4, 5],
        "day_start": "09:00",
        "day_end": "17:00",
        "owner_addresses": ["me@corp.example"],
        "daily_checkins": daily,
        "thresholds": {
            "meeting_share_percent": 50, "meeting_share_weeks": 3, "focus_hours": 35.0,
            "focus_weeks": 4, "stress_level": 7, "stress_checkins": 3, "after_hours_weeks": 3
        }
    })
}

/// Twelve weekly check-ins before this week, stress going up and down.
fn history() -> Vec<Call> {
    (1..=12u64)
        .map(|i| {
            let monday = d("2026-11-23") - chrono::Days::new(7 * i);
            let stress = 3 + (i * 7) % 6;
            call(
                "save_checkin",
                json!({ "draft": {
                    "period": "week", "date": monday.to_string(), "meeting_hours": null,
                    "stress": stress, "energy": 10 - stress + i % 2, "imposter": 1 + i % 4, "note": ""
                }}),
            )
        })
        .collect()
}

fn reads(today: &str, weeks: &[(&str, i32)]) -> Vec<Call> {
    let mut r = vec![
        call("work_settings", json!({})),
        call("reminder_settings", json!({})),
        call("calendar_sources", json!({})),
        call("checkin_due", json!({})),
        call("workload_overview", json!({ "weeks": 26 })),
        call(
            "stress_year",
            json!({ "year": d(today).format("%Y").to_string().parse::<i32>().unwrap() }),
        ),
    ];
    r.extend(weeks.iter().map(|(w, later)| {
        call(
            "week_detail",
            json!({ "weekStart": w, "weeksLater": later }),
        )
    }));
    r
}

/// The weeks the screen's tests open: this week, one and two back from it, and from last week
/// one and two on (each step is asked of the core from the week open).
const WEEKS: [(&str, i32); 6] = [
    ("2026-11-23", 0),
    ("2026-11-23", -1),
    ("2026-11-23", -2),
    ("2026-11-16", 0),
    ("2026-11-16", 1),
    ("2026-11-16", 2),
];

fn checkin(period: &str, hours: Value, stress: u8, energy: u8, imposter: u8, note: &str) -> Call {
    call(
        "save_checkin",
        json!({ "draft": {
            "period": period, "date": TODAY, "meeting_hours": hours,
            "stress": stress, "energy": energy, "imposter": imposter, "note": note
        }}),
    )
}

fn specs() -> Vec<StateSpec> {
    let base = || {
        let mut s = vec![call(
            "save_work_settings",
            json!({ "settings": settings(false) }),
        )];
        s.extend(history());
        s
    };
    let with_calendar = || {
        let mut s = base();
        s.push(call(
            "import_calendar",
            json!({ "name": "work-calendar.ics" }),
        ));
        s
    };
    let plus = |mut s: Vec<Call>, c: &Call| {
        s.push(c.clone());
        s
    };
    // The suggested meeting hours of this week, as the check-in form pre-fills them.
    let suggested = {
        let spec = StateSpec {
            name: "probe",
            today: TODAY,
            steps: with_calendar(),
            reads: vec![call("checkin_due", json!({}))],
            writes: vec![],
        };
        let due = record(&spec);
        due["reads"]["checkin_due {}"]["suggested_meeting_hours"].clone()
    };
    let offsite = checkin("week", suggested.clone(), 10, 4, 2, "Offsite week");
    let suggested_hours = suggested.clone();
    let too_stressed = checkin("week", suggested, 11, 5, 3, "");
    let screen_checkin = checkin("week", json!(12), 6, 5, 2, "");
    let screen_refused = checkin("week", Value::Null, 11, 5, 2, "");
    // 12 h checked in against fewer in the calendar: the screen offers the calendar's figure.
    let update_hours = call("update_checkin_hours", json!({ "weekStart": "2026-11-23" }));
    // Every problem at once: out of range, missing, out of range.
    let mut three_problems = checkin("week", suggested_hours.clone(), 11, 1, 6, "");
    three_problems.1["draft"]["energy"] = Value::Null;
    let mut saturday = settings(false);
    saturday["work_days"] = json!([1, 2, 3, 4, 5, 6]);
    saturday["day_start"] = json!("25:00");
    saturday["time_zone"] = json!("Mars/Olympus");
    let bad_start = call(
        "save_work_settings",
        json!({ "settings": saturday.clone() }),
    );
    saturday["day_start"] = json!("08:30");
    saturday["time_zone"] = json!("Europe/Berlin");
    let good_start = call("save_work_settings", json!({ "settings": saturday }));
    let daily_on = call("save_work_settings", json!({ "settings": settings(true) }));
    let day_checkin = checkin("day", Value::Null, 3, 8, 1, "");
    let import_team = call("import_calendar", json!({ "name": "team.ics" }));
    let import_notes = call("import_calendar", json!({ "name": "notes.ics" }));

    vec![
        StateSpec {
            name: "default",
            today: TODAY,
            steps: with_calendar(),
            reads: reads(TODAY, &WEEKS),
            writes: vec![
                (offsite.clone(), Some("checked-in")),
                (too_stressed, None),
                (three_problems, None),
                (screen_checkin.clone(), Some("checked-in-6")),
                (screen_refused, None),
                (bad_start, None),
                (good_start.clone(), Some("saturdays")),
                (daily_on.clone(), Some("daily")),
            ],
        },
        StateSpec {
            name: "checked-in",
            today: TODAY,
            steps: plus(with_calendar(), &offsite),
            reads: reads(TODAY, &WEEKS),
            writes: vec![],
        },
        StateSpec {
            name: "checked-in-6",
            today: TODAY,
            steps: plus(with_calendar(), &screen_checkin),
            reads: reads(TODAY, &WEEKS),
            writes: vec![(update_hours.clone(), Some("hours-updated"))],
        },
        StateSpec {
            name: "hours-updated",
            today: TODAY,
            steps: plus(plus(with_calendar(), &screen_checkin), &update_hours),
            reads: reads(TODAY, &WEEKS),
            writes: vec![],
        },
        StateSpec {
            name: "saturdays",
            today: TODAY,
            steps: plus(with_calendar(), &good_start),
            reads: reads(TODAY, &WEEKS),
            writes: vec![],
        },
        StateSpec {
            name: "daily",
            today: TODAY,
            steps: plus(with_calendar(), &daily_on),
            reads: reads(TODAY, &WEEKS),
            writes: vec![(day_checkin.clone(), Some("daily-checked-in"))],
        },
        StateSpec {
            name: "daily-checked-in",
            today: TODAY,
            steps: plus(plus(with_calendar(), &daily_on), &day_checkin),
            reads: reads(TODAY, &WEEKS),
            writes: vec![],
        },
        StateSpec {
            name: "due",
            today: FRIDAY,
            steps: with_calendar(),
            reads: reads(FRIDAY, &WEEKS),
            writes: vec![],
        },
        StateSpec {
            name: "nocalendar",
            today: TODAY,
            steps: base(),
            reads: reads(TODAY, &WEEKS),
            writes: vec![
                (import_team.clone(), Some("imported")),
                (import_notes.clone(), None),
            ],
        },
        StateSpec {
            name: "imported",
            today: TODAY,
            steps: plus(base(), &import_team),
            reads: reads(TODAY, &WEEKS),
            writes: vec![
                (
                    call("remove_calendar_source", json!({ "id": 1 })),
                    Some("import-removed"),
                ),
                (import_notes.clone(), None),
            ],
        },
        StateSpec {
            name: "import-removed",
            today: TODAY,
            steps: plus(
                plus(base(), &import_team),
                &call("remove_calendar_source", json!({ "id": 1 })),
            ),
            reads: reads(TODAY, &WEEKS),
            writes: vec![],
        },
        StateSpec {
            name: "empty",
            today: TODAY,
            steps: vec![],
            reads: reads(TODAY, &WEEKS[..1]),
            writes: vec![],
        },
    ]
}

#[test]
fn the_ui_replays_what_the_core_answers() {
    let states: BTreeMap<&str, Value> = specs().iter().map(|s| (s.name, record(s))).collect();
    // Every state a write leads to is recorded.
    for (name, state) in &states {
        for w in state["writes"].as_object().unwrap().values() {
            if let Some(next) = w["next"].as_str() {
                assert!(
                    states.contains_key(next),
                    "{name} leads to {next}, not recorded"
                );
            }
        }
    }
    let text = serde_json::to_string(&json!({ "states": states })).unwrap() + "\n";
    check_recording("workload.json", &text);
}

/// The reference data the UI's tests and dev mode start with (`ui/src/test/setup.ts`).
#[test]
fn the_ui_starts_from_the_core_reference_data() {
    let text = serde_json::to_string(&waypoint_core::reference::reference()).unwrap() + "\n";
    check_recording("reference.json", &text);
}

/// Fails while `ui/src/test/answers/<name>` differs from `text`; `make ui-answers` writes it.
fn check_recording(name: &str, text: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../ui/src/test/answers")
        .join(name);
    if std::env::var_os("WAYPOINT_WRITE_UI_ANSWERS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == text,
        "{} is stale: the core answers differently now. Run `make ui-answers` and commit it.",
        path.display()
    );
}
