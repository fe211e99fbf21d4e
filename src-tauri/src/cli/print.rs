//! What the command line prints: entries, reports and tables as text (or JSON with
//! `--json`), line by line through [`line`] so a closed pipe ends the program quietly.

use std::io::IsTerminal;

use waypoint_core::calendar::{self, ImportReport};
use waypoint_core::roi::RoiReport;
use waypoint_core::search::EntryHit;
use waypoint_core::workload::WeekMetrics;
use waypoint_core::writing::{CheckReport, DocKind, Severity};
use waypoint_core::Error;

pub(super) fn display_title(title: &str) -> &str {
    if title.is_empty() {
        "Untitled"
    } else {
        title
    }
}

pub(super) fn print_json<T: serde::Serialize>(value: &T) -> Result<(), Error> {
    let s = serde_json::to_string_pretty(value)
        .map_err(|e| Error::storage(format!("Could not write JSON: {e}")))?;
    outln!("{s}");
    Ok(())
}

pub(super) fn print_hits(hits: &[EntryHit], json: bool) -> Result<(), Error> {
    if json {
        return print_json(&hits);
    }
    if hits.is_empty() {
        eprintln!("No entries found.");
        return Ok(());
    }
    let color = std::io::stdout().is_terminal();
    for h in hits {
        let e = &h.entry;
        let star = if e.starred { "★ " } else { "" };
        let tags = if e.tags.is_empty() {
            String::new()
        } else {
            format!("  #{}", e.tags.join(" #"))
        };
        outln!(
            "{}  {star}{}{tags}   [{}]",
            e.entry_date,
            display_title(&e.title),
            e.id
        );
        let line: String = if h.snippet.is_empty() {
            e.excerpt.clone()
        } else {
            h.snippet
                .iter()
                .map(|s| {
                    if s.hit && color {
                        format!("\x1b[1;33m{}\x1b[0m", s.text)
                    } else {
                        s.text.clone()
                    }
                })
                .collect()
        };
        if !line.is_empty() {
            outln!("    {line}");
        }
    }
    Ok(())
}

/// The weekly metrics the app shows, one row per week.
pub(super) fn print_weeks(weeks: &[WeekMetrics]) {
    outln!("week of      meetings  share  focus  fragmented  busy  back-to-back  after-hours  count  stress");
    for w in weeks {
        let stress = w.stress.map_or("-".to_string(), |s| format!("{s:.0}"));
        match &w.load {
            Some(l) => outln!(
                "{}  {:>7.1}h  {:>4.0}%  {:>4.1}h  {:>9.1}h  {:>4.1}h  {:>12}  {:>10.1}h  {:>5}  {:>6}",
                w.week_start,
                l.meeting_hours,
                l.meeting_share * 100.0,
                l.focus_hours,
                l.fragmented_hours,
                l.busy_hours,
                l.back_to_back_runs,
                l.after_hours_meeting_hours,
                l.meeting_count,
                stress
            ),
            None => outln!("{}  (no imported calendar covers this week){stress:>48}", w.week_start),
        }
    }
}

/// The figures, the checklist, then one line per finding as compilers print them
/// (`file:line:column: severity [rule] message`), so editors can jump to each.
pub(super) fn print_check(file: &str, r: &CheckReport) {
    let c = &r.counts;
    let s = &r.scores;
    let kind = match r.kind {
        DocKind::Brief => "a brief",
        DocKind::Writeup => "a writeup",
        DocKind::Note => "a note (--kind brief or writeup adds the structure checklist)",
    };
    outln!("{file}, checked as {kind}");
    let reading = if c.reading_time_seconds < 60.0 {
        format!("{:.0} s", c.reading_time_seconds)
    } else {
        format!("{:.0} min", c.reading_time_seconds / 60.0)
    };
    outln!(
        "  {} words · {} sentences · reading time {reading} · passive voice {} (aim for {} or fewer)",
        c.words,
        c.sentences,
        r.passive.count,
        r.passive.budget
    );
    outln!(
        "  Flesch reading ease {:.1} · Flesch–Kincaid grade {:.1} · ARI {:.1}",
        s.flesch_reading_ease,
        s.flesch_kincaid_grade,
        s.automated_readability_index
    );
    if !r.structure.is_empty() {
        outln!("");
        for item in &r.structure {
            let mark = if item.passed { "✓" } else { "✗" };
            outln!("  {mark} {}: {}", item.label, item.detail);
        }
    }
    outln!("");
    if r.findings.is_empty() {
        outln!("No findings.");
    }
    for f in &r.findings {
        let severity = match f.severity {
            Severity::Warning => "warning",
            Severity::Note => "note",
        };
        outln!(
            "{file}:{}:{}: {severity} [{}] {} {}",
            f.line,
            f.column,
            f.rule.id(),
            f.message,
            f.suggestion
        );
    }
}

/// The sentence, then each figure on a line.
pub(super) fn print_roi(r: &RoiReport) {
    let money = |x: f64| {
        let cents = format!("{:.2}", x.abs());
        let (whole, fraction) = cents.split_once('.').expect("two decimals");
        let sign = if x < 0.0 { "-" } else { "" };
        format!(
            "{sign}{}.{fraction}",
            thousands(whole.parse().unwrap_or(u64::MAX))
        )
    };
    let months = |m: Option<f64>| {
        m.map_or("not within the horizon".to_string(), |m| {
            format!("{m:.1} months")
        })
    };
    let pct = |x: f64| format!("{:.1} %", x * 100.0);
    outln!("{}", r.summary);
    outln!("");
    outln!("{:<24}{:>18}", "total cost", money(r.total_cost));
    outln!("{:<24}{:>18}", "total benefit", money(r.total_benefit));
    outln!(
        "{:<24}{:>18}",
        format!("NPV at {}/yr", pct(r.annual_discount_rate)),
        money(r.npv)
    );
    let irr = match (r.irr_monthly, r.irr_annual) {
        (Some(m), Some(y)) => format!("{}/month, {}/yr", pct(m), pct(y)),
        _ => "none".to_string(),
    };
    outln!("{:<24}{:>18}", "IRR", irr);
    outln!(
        "{:<24}{:>18}",
        "ROI",
        r.roi_percent
            .map_or("no cost entered".to_string(), |p| format!("{p:.1} %"))
    );
    outln!("{:<24}{:>18}", "payback", months(r.payback_months));
    outln!(
        "{:<24}{:>18}",
        "discounted payback",
        months(r.discounted_payback_months)
    );
    outln!(
        "{:<24}{:>18}",
        "break-even month",
        r.break_even_month
            .map_or("none".to_string(), |m| m.to_string())
    );
    for s in &r.scenarios {
        outln!(
            "{:<24}{:>18}  ROI {}, payback {}",
            format!("{} case (benefits ×{})", s.name, s.multiplier),
            format!("NPV {}", money(s.npv)),
            s.roi_percent
                .map_or("–".to_string(), |p| format!("{p:.1} %")),
            months(s.payback_months)
        );
    }
}

/// 1399 → "1,399".
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// What an import did, and every issue with its line.
pub(super) fn print_import(report: &ImportReport) {
    let s = &report.source;
    let plural = |n: u32, one: &str, many: &str| {
        format!(
            "{} {}",
            thousands(u64::from(n)),
            if n == 1 { one } else { many }
        )
    };
    let covers = match s.covers {
        Some(c) => format!("covering {} to {}", c.from, c.to.pred_opt().unwrap_or(c.to)),
        None => "no meetings in it".to_string(),
    };
    outln!(
        "Imported {}: {} → {}, {covers}.",
        s.name,
        plural(report.events, "event", "events"),
        plural(s.occurrences, "occurrence", "occurrences"),
    );
    outln!(
        "  {} added, {} updated, {} removed, {} unchanged; {} cancelled, {} all-day, {} free.",
        report.added,
        report.updated,
        report.removed,
        report.unchanged,
        report.cancelled,
        report.all_day,
        report.free
    );
    if !report.truncated_series.is_empty() {
        outln!(
            "  Series cut short (too many repetitions): {}",
            report.truncated_series.join(", ")
        );
    }
    if !s.issues.is_empty() {
        outln!("{}:", plural(s.issues.len() as u32, "issue", "issues"));
        for i in &s.issues {
            outln!("  {}", calendar::describe_issue(i));
        }
    }
}

/// Writes one line to standard output. A closed pipe means the reader has all it wants: exit
/// quietly, as a command line tool should (nothing is left to write: every change was committed
/// before anything is printed).
pub(crate) fn line(args: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(e) = writeln!(out, "{args}").and_then(|()| out.flush()) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("waypoint: cannot write the output: {e}");
        std::process::exit(1);
    }
}

/// What an import added (or, with --dry-run, would add) and what it skipped, with why.
pub(super) fn print_import_report(report: &waypoint_core::transfer::ImportPreview, dry_run: bool) {
    let (added, verb) = (
        report.add.len(),
        if dry_run { "Would add" } else { "Added" },
    );
    let check_ins = match report.check_ins.len() {
        0 => String::new(),
        1 => " and 1 check-in".to_string(),
        n => format!(" and {n} check-ins"),
    };
    outln!(
        "{verb} {added} {}{check_ins} from {}; skipped {}.",
        if added == 1 { "entry" } else { "entries" },
        report.source.name(),
        report.skip.len()
    );
    for a in &report.add {
        let star = if a.starred { " ★" } else { "" };
        outln!("  + {} {}{star}", a.entry_date, display_title(&a.title));
    }
    for c in &report.check_ins {
        outln!(
            "  + {} check-in from \"{}\": stress {}, energy {}, imposter {}",
            c.date,
            c.mood,
            c.stress,
            c.energy,
            c.imposter
        );
    }
    for s in &report.skip {
        outln!(
            "  - #{} {}: {}",
            s.position,
            display_title(&s.title),
            s.reason
        );
    }
    for n in &report.notes {
        outln!("  · {} {}", display_title(&n.title), n.note);
    }
    let show = |v: Option<u8>| v.map_or("?".to_string(), |v| v.to_string());
    for m in &report.moods {
        outln!(
            "  mood \"{}\" ({}×) = stress {}, energy {}, imposter {}{}",
            m.mood,
            m.count,
            show(m.stress),
            show(m.energy),
            show(m.imposter),
            if m.stress.is_none() {
                " — give it with --mood"
            } else {
                ""
            }
        );
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_are_separated() {
        assert_eq!(super::thousands(7), "7");
        assert_eq!(super::thousands(999), "999");
        assert_eq!(super::thousands(1399), "1,399");
        assert_eq!(super::thousands(1_234_567), "1,234,567");
    }
}
