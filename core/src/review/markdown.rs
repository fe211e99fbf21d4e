//! A review as Markdown, section by section (the HTML page and the PDF are made from the same
//! sections, so the three exports say the same thing). User text is escaped so a title such
//! as `*draft*` or `<b>` stays text.

use std::collections::BTreeMap;
use std::fmt::Write;

use chrono::Datelike;

use super::narrative::day;
use super::sections::label;
use super::types::{Review, ReviewMilestone, SourceKind};
use crate::plan::MilestoneStatus;

/// User text as Markdown that shows it literally.
pub fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~'
        ) {
            out.push('\\');
        }
        out.push(if c == '\n' { ' ' } else { c });
    }
    out
}

pub fn title(r: &Review) -> String {
    format!("Progress review: {}", r.label)
}

/// What a page says under the title: when it was made, the sections it holds and those it
/// leaves out.
pub fn meta(r: &Review) -> String {
    let labels = |names: &[String]| -> String {
        names
            .iter()
            .map(|n| label(n))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let out = if r.sections_excluded.is_empty() {
        "nothing left out".to_string()
    } else {
        format!("leaves out as private: {}", labels(&r.sections_excluded))
    };
    format!(
        "Generated {} · includes: {} · {out}",
        day(r.generated_on),
        labels(&r.sections_included)
    )
}

fn hours(h: Option<f64>) -> String {
    h.map_or_else(|| "–".to_string(), |h| format!("{h:.1} h"))
}

fn one_decimal(x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_string(), |x| format!("{x:.1}"))
}

fn milestone_line(out: &mut String, m: &ReviewMilestone) {
    let when = match (m.status, m.done_on, m.target_date) {
        (MilestoneStatus::Done, Some(d), _) => format!("done {}", day(d)),
        (_, _, Some(t)) if m.overdue => format!("due {}, overdue", day(t)),
        (_, _, Some(t)) => format!("due {}", day(t)),
        _ => "no target date".to_string(),
    };
    let _ = writeln!(out, "- **{}** — Q{}, {when}", text(&m.title), m.quarter);
    if !m.status_note.trim().is_empty() {
        let _ = writeln!(out, "  - Note: {}", text(m.status_note.trim()));
    }
    if !m.evidence.is_empty() {
        let items: Vec<String> = m
            .evidence
            .iter()
            .map(|e| {
                let kind = if e.kind == SourceKind::Document {
                    "document"
                } else {
                    "entry"
                };
                format!("{} ({kind}, {})", text(&e.title), day(e.date))
            })
            .collect();
        let _ = writeln!(out, "  - Evidence: {}", items.join("; "));
    }
}

fn summary(r: &Review) -> String {
    let mut out = String::from("## Summary\n\n");
    if !r.has_data {
        out.push_str("Nothing was recorded in this period yet: no entries, documents, milestones, self-reviews or check-ins. Choose another period, or write in the journal and the plan and come back.\n\n");
    }
    let _ = writeln!(out, "{}\n", r.bottom_line.join(" "));
    if !r.stories.is_empty() {
        out.push_str("### Strongest stories\n\n");
        for (i, s) in r.stories.iter().enumerate() {
            let _ = writeln!(
                out,
                "{}. **{}** ({}) — {}",
                i + 1,
                text(&s.title),
                day(s.date),
                text(&s.detail)
            );
        }
        out.push('\n');
    }
    out
}

fn plan(r: &Review) -> String {
    let p = &r.plan;
    let mut out = String::from("## Plan progress\n\n");
    if p.progress.total == 0 {
        out.push_str("No plan milestones fall in this period.\n\n");
        return out;
    }
    let g = &p.progress;
    let _ = writeln!(
        out,
        "{} of {} milestones done ({}% of those not skipped) · {} in progress · {} skipped · {} not started · {} overdue. Plans: {}.\n",
        g.done, g.total, g.percent, g.in_progress, g.skipped, g.not_started, g.overdue,
        p.plans.iter().map(|t| text(t)).collect::<Vec<_>>().join(", ")
    );
    for (heading, list) in [
        ("Done", &p.done),
        ("In progress", &p.in_progress),
        ("Skipped", &p.skipped),
        ("Not started", &p.not_started),
    ] {
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(out, "### {heading}\n");
        for m in list {
            milestone_line(&mut out, m);
        }
        out.push('\n');
    }
    out
}

fn competencies(r: &Review) -> String {
    let c = &r.competencies;
    let mut out = String::from("## Competencies\n\n");
    let reviews = match (c.first_review_on, c.last_review_on) {
        (Some(a), Some(b)) if a != b => {
            format!("From the self-review of {} to that of {}", day(a), day(b))
        }
        (Some(a), _) => format!("One self-review, on {}", day(a)),
        _ => "No self-review in this period".to_string(),
    };
    let _ = writeln!(
        out,
        "{reviews}; target rating {} of 5 for {}.\n",
        c.target_rating,
        text(&c.target_level)
    );
    out.push_str("| Competency | First | Last | Change | Below target | Entries | Documents |\n|---|---|---|---|---|---|---|\n");
    let n = |x: Option<u8>| x.map_or_else(|| "–".to_string(), |x| x.to_string());
    for x in &c.changes {
        let change = match x.change {
            None => "–".to_string(),
            Some(0) => "0".to_string(),
            Some(d) => format!("{d:+}"),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {change} | {} | {} | {} |",
            text(&x.name),
            n(x.first),
            n(x.last),
            n(x.gap),
            x.entries,
            x.documents
        );
    }
    out.push('\n');
    out
}

fn documents(r: &Review) -> String {
    let mut out = String::from("## Documents\n\n");
    if r.documents.is_empty() {
        out.push_str("No briefs or writeups were written in this period.\n\n");
        return out;
    }
    out.push_str("| Document | Kind | Last changed | Words | Structure checks | Warnings |\n|---|---|---|---|---|---|\n");
    for d in &r.documents {
        let checks = if d.checks_total == 0 {
            "–".to_string()
        } else {
            format!("{} of {}", d.checks_passed, d.checks_total)
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {checks} | {} |",
            text(&d.title),
            d.kind_label,
            day(d.updated_on),
            d.words,
            d.warnings
        );
    }
    out.push('\n');
    for d in r
        .documents
        .iter()
        .filter(|d| !d.roi.is_empty() || d.impact.is_some())
    {
        let _ = write!(out, "- **{}**:", text(&d.title));
        for roi in &d.roi {
            let _ = write!(out, " {}", text(&roi.summary));
        }
        if let Some(i) = &d.impact {
            let _ = write!(out, " {}", text(i));
        }
        out.push('\n');
    }
    out.push('\n');
    out
}

fn highlights(r: &Review) -> String {
    let mut out = String::from("## Highlights\n\n");
    if r.highlights.is_empty() {
        out.push_str("No starred entries in this period. Star the entries you would show someone; only those appear here.\n\n");
        return out;
    }
    for h in &r.highlights {
        let _ = writeln!(
            out,
            "- **{}** ({}): {}",
            text(&h.title),
            day(h.entry_date),
            text(&h.excerpt)
        );
    }
    out.push('\n');
    out
}

fn workload(r: &Review) -> String {
    let w = &r.workload;
    let mut out = String::from("## Meeting load and stress\n\n");
    if w.weeks_with_hours == 0 && w.checkin_count == 0 {
        out.push_str("No calendar or check-ins cover this period. Import a calendar or check in weekly to see your meeting load.\n\n");
        return out;
    }
    let focus = w
        .average_focus_hours
        .map(|h| format!("; focus time averaged {h:.1} h"))
        .unwrap_or_default();
    let peak = match (w.peak_week, w.peak_meeting_hours) {
        (Some(week), Some(h)) => format!(" The heaviest was the week of {} ({h:.1} h).", day(week)),
        _ => String::new(),
    };
    let _ = writeln!(
        out,
        "Meetings averaged {} a week over {} weeks with data{focus}.{peak} {} check-ins.\n",
        hours(w.average_meeting_hours),
        w.weeks_with_hours,
        w.checkin_count
    );
    if r.include.checkins {
        let _ = writeln!(
            out,
            "Stress averaged {} of 10 and energy {} of 10.\n",
            one_decimal(w.average_stress),
            one_decimal(w.average_energy)
        );
        if let Some(c) = &w.correlation {
            let _ = writeln!(out, "{}\n", text(&c.summary));
        }
    } else {
        out.push_str("Stress, energy and the load–stress relation are private and left out; include check-ins to show them.\n\n");
    }
    if w.signals.is_empty() {
        out.push_str("No warning signal held in any week of the period.\n\n");
    } else {
        out.push_str("Warning signals that held:\n\n");
        for s in &w.signals {
            let when = if s.weeks == 1 {
                format!("the week of {}", day(s.first_week))
            } else {
                format!(
                    "{} weeks, first the week of {}, last the week of {}",
                    s.weeks,
                    day(s.first_week),
                    day(s.last_week)
                )
            };
            let _ = writeln!(out, "- **{}** — {when}. {}", text(&s.title), text(&s.rule));
        }
        out.push('\n');
    }
    out
}

fn open(r: &Review) -> String {
    let mut out = String::from("## Still open\n\n");
    if r.open.is_empty() {
        out.push_str("Nothing open: no overdue or skipped milestones, and every competency at its target with evidence.\n\n");
        return out;
    }
    for o in &r.open {
        let _ = writeln!(out, "- **{}** — {}", text(&o.title), text(&o.detail));
    }
    out.push('\n');
    out
}

fn talking_points(r: &Review) -> String {
    let mut out = String::from("## Talking points\n\n");
    if r.talking_points.is_empty() {
        out.push_str("None drafted yet: mark milestones done, link evidence, star entries with figures, or rate yourself twice.\n\n");
        return out;
    }
    for t in &r.talking_points {
        let _ = writeln!(out, "- {}", text(t));
    }
    out.push('\n');
    out
}

fn timeline(r: &Review) -> String {
    let mut out = String::from("## Timeline\n\n");
    let mut months: BTreeMap<(i32, u32), [u32; 4]> = BTreeMap::new();
    for w in &r.timeline {
        let m = months
            .entry((w.week_start.year(), w.week_start.month()))
            .or_default();
        m[0] += w.entries;
        m[1] += w.checkins;
        m[2] += w.documents;
        m[3] += w.milestones_done;
    }
    out.push_str("By month of the weeks' Mondays.\n\n| Month | Entries | Check-ins | Documents | Milestones done |\n|---|---|---|---|---|\n");
    for ((y, m), c) in months {
        let name = chrono::NaiveDate::from_ymd_opt(y, m, 1)
            .map(|d| d.format("%b %Y").to_string())
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "| {name} | {} | {} | {} | {} |",
            c[0], c[1], c[2], c[3]
        );
    }
    out.push('\n');
    out
}

fn journal(r: &Review) -> String {
    let mut out = String::from("## Journal (private, included)\n\n");
    if r.journal.is_empty() {
        out.push_str("No other entries in this period.\n\n");
    }
    for e in &r.journal {
        let _ = writeln!(
            out,
            "- **{}** ({}): {}",
            text(&e.title),
            day(e.entry_date),
            text(&e.excerpt)
        );
    }
    out.push('\n');
    out
}

fn checkins(r: &Review) -> String {
    let mut out = String::from("## Check-ins (private, included)\n\n");
    if r.checkins.is_empty() {
        out.push_str("No check-ins in this period.\n\n");
        return out;
    }
    out.push_str("| Week or day | Stress | Energy | Imposter | Meeting hours | Note |\n|---|---|---|---|---|---|\n");
    for c in &r.checkins {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            day(c.period_start),
            c.stress,
            c.energy,
            c.imposter,
            hours(c.meeting_hours),
            text(&c.note)
        );
    }
    out.push('\n');
    out
}

/// Writes one section.
type Section = fn(&Review) -> String;

/// The review's sections in order, each with its name (as in `SECTIONS`) and its Markdown:
/// the kept review's text for a part its writer changed, else the generated one.
pub fn sections(r: &Review) -> Vec<(&'static str, String)> {
    generated(r)
        .into_iter()
        .map(|(name, md)| {
            let kept = r.kept.as_ref().and_then(|k| match name {
                "summary" => k.summary.clone(),
                "talking_points" => k.talking_points.clone(),
                _ => None,
            });
            (name, kept.map_or(md, |text| format!("{}\n\n", text.trim())))
        })
        .collect()
}

/// The sections as the data gives them, the writer's changes aside.
pub fn generated(r: &Review) -> Vec<(&'static str, String)> {
    let all: [(&str, Section); 11] = [
        ("summary", summary),
        ("plan", plan),
        ("competencies", competencies),
        ("documents", documents),
        ("highlights", highlights),
        ("workload", workload),
        ("open", open),
        ("talking_points", talking_points),
        ("timeline", timeline),
        ("journal", journal),
        ("checkins", checkins),
    ];
    all.into_iter()
        .filter(|(name, _)| r.sections_included.iter().any(|s| s == name))
        .map(|(name, f)| (name, f(r)))
        .collect()
}

/// The body of the Markdown export (and the PDF's text).
pub fn body(r: &Review) -> String {
    sections(r).into_iter().map(|(_, md)| md).collect()
}

fn quoted_list(items: &[String]) -> String {
    let q: Vec<String> = items.iter().map(|s| format!("\"{s}\"")).collect();
    format!("[{}]", q.join(", "))
}

/// The Markdown file: YAML front matter (period, when it was made, the sections it holds and
/// those it leaves out), the title, then the sections.
pub fn file(r: &Review) -> String {
    format!(
        "---\ntitle: \"{}\"\nkind: review\nperiod_from: {}\nperiod_to: {}\ngenerated: {}\nsections_included: {}\nsections_excluded: {}\n---\n\n# {}\n\n_{}_\n\n{}",
        title(r),
        r.period.from,
        r.period.to,
        r.generated_on,
        quoted_list(&r.sections_included),
        quoted_list(&r.sections_excluded),
        title(r),
        text(&meta(r)),
        body(r)
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn user_text_stays_text() {
        assert_eq!(
            super::text("*draft* <b> #1 [x]\nnext"),
            "\\*draft\\* \\<b\\> #1 \\[x\\] next"
        );
        let html = crate::markdown::render(&super::text("<script>x</script> **no**"));
        assert!(
            html.contains("&lt;script&gt;") && !html.contains("<strong>"),
            "{html}"
        );
    }
}
