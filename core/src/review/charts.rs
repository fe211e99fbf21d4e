//! The review's two drawings as self-contained SVG (no scripts, no external references, fixed
//! colours that print): meeting hours by week with stress over them when check-ins are
//! included, and the timeline as a heat map of weeks.

use std::fmt::Write;

use chrono::Datelike;

use super::types::{LoadWeek, TimelineWeek};

const WIDTH: f64 = 640.0;
const LEFT: f64 = 36.0;
const RIGHT: f64 = 36.0;

/// Month labels at the first week whose Monday is in a new month, every `every` months.
fn month_ticks(
    mondays: &[chrono::NaiveDate],
    x: impl Fn(usize) -> f64,
    y: f64,
    every: usize,
) -> String {
    let mut out = String::new();
    let mut shown = 0;
    for (i, d) in mondays.iter().enumerate() {
        if i == 0 || d.month() != mondays[i - 1].month() {
            if shown % every == 0 {
                let _ = write!(
                    out,
                    "<text x=\"{:.1}\" y=\"{y:.1}\" fill=\"#595f69\">{}</text>",
                    x(i),
                    d.format("%b")
                );
            }
            shown += 1;
        }
    }
    out
}

/// Bars of meeting hours per week (left scale); a line of stress (right scale, 1–10) when given.
pub fn load_svg(weeks: &[LoadWeek]) -> String {
    const HEIGHT: f64 = 220.0;
    const TOP: f64 = 28.0;
    const BOTTOM: f64 = 28.0;
    let n = weeks.len().max(1);
    let max_h = weeks
        .iter()
        .filter_map(|w| w.meeting_hours)
        .fold(0.0_f64, f64::max);
    let top_h = ((max_h / 10.0).ceil() * 10.0).max(10.0);
    let plot_h = HEIGHT - TOP - BOTTOM;
    let slot = (WIDTH - LEFT - RIGHT) / n as f64;
    let x = |i: usize| LEFT + slot * i as f64;
    let y_hours = |h: f64| TOP + plot_h * (1.0 - h / top_h);
    let y_stress = |s: f64| TOP + plot_h * (1.0 - s / 10.0);
    let with_stress = weeks.iter().any(|w| w.stress.is_some());
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" width=\"{WIDTH}\" height=\"{HEIGHT}\" class=\"review-chart\" role=\"img\" font-family=\"sans-serif\" font-size=\"11\"><title>Meeting hours by week{}</title>",
        if with_stress { " and stress" } else { "" }
    );
    let _ = write!(svg, "<g fill=\"#595f69\"><rect x=\"{LEFT}\" y=\"6\" width=\"10\" height=\"10\" fill=\"#5b7fb5\"/><text x=\"{:.1}\" y=\"15\">meeting hours a week</text>", LEFT + 14.0);
    if with_stress {
        let _ = write!(svg, "<line x1=\"{:.1}\" x2=\"{:.1}\" y1=\"11\" y2=\"11\" stroke=\"#b5462f\" stroke-width=\"2\"/><text x=\"{:.1}\" y=\"15\">stress (1–10, right)</text>", LEFT + 160.0, LEFT + 178.0, LEFT + 184.0);
    }
    svg.push_str("</g>");
    for step in 0..=2 {
        let h = top_h * f64::from(step) / 2.0;
        let _ = write!(svg, "<line x1=\"{LEFT}\" x2=\"{:.1}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"#d3cec4\"/><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" fill=\"#595f69\">{h:.0} h</text>", WIDTH - RIGHT, LEFT - 4.0, y_hours(h) + 4.0, y = y_hours(h));
    }
    for (i, w) in weeks.iter().enumerate() {
        if let Some(h) = w.meeting_hours {
            let _ = write!(svg, "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"#5b7fb5\"><title>Week of {}: {h:.1} h</title></rect>", x(i) + slot * 0.15, y_hours(h), slot * 0.7, plot_h * h / top_h, w.week_start);
        }
    }
    if with_stress {
        let points: Vec<String> = weeks
            .iter()
            .enumerate()
            .filter_map(|(i, w)| {
                Some(format!(
                    "{:.1},{:.1}",
                    x(i) + slot / 2.0,
                    y_stress(w.stress?)
                ))
            })
            .collect();
        let _ = write!(
            svg,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"#b5462f\" stroke-width=\"2\"/>",
            points.join(" ")
        );
        let _ = write!(svg, "<text x=\"{:.1}\" y=\"{:.1}\" fill=\"#595f69\">10</text><text x=\"{:.1}\" y=\"{:.1}\" fill=\"#595f69\">0</text>", WIDTH - RIGHT + 4.0, TOP + 4.0, WIDTH - RIGHT + 4.0, TOP + plot_h + 4.0);
    }
    let mondays: Vec<_> = weeks.iter().map(|w| w.week_start).collect();
    svg.push_str(&month_ticks(&mondays, x, HEIGHT - 8.0, n.div_ceil(52)));
    svg.push_str("</svg>");
    svg
}

/// The five shades of a heat map cell, from nothing to the busiest.
const SHADES: [&str; 5] = ["#eef0f3", "#c6d6ec", "#94b3dc", "#5b7fb5", "#2f4f85"];

/// How many of one kind a week holds.
type Count = fn(&TimelineWeek) -> u32;

/// One row per kind of activity and one for all of it, a column per week.
pub fn timeline_svg(weeks: &[TimelineWeek]) -> String {
    let rows: [(&str, Count); 4] = [
        ("entries", |w| w.entries),
        ("check-ins", |w| w.checkins),
        ("documents", |w| w.documents),
        ("done", |w| w.milestones_done),
    ];
    const LABEL: f64 = 72.0;
    const CELL_H: f64 = 14.0;
    let n = weeks.len().max(1);
    let cell = ((WIDTH - LABEL - 8.0) / n as f64).min(14.0);
    let height = 20.0 + (rows.len() as f64 + 1.0) * (CELL_H + 3.0) + 4.0;
    let x = |i: usize| LABEL + cell * i as f64;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" class=\"review-timeline\" role=\"img\" font-family=\"sans-serif\" font-size=\"11\"><title>Activity by week</title>"
    );
    let mondays: Vec<_> = weeks.iter().map(|w| w.week_start).collect();
    svg.push_str(&month_ticks(&mondays, x, 12.0, n.div_ceil(52)));
    let mut row = |y: f64, label: &str, level: &dyn Fn(&TimelineWeek) -> (u8, u32)| {
        let _ = write!(
            svg,
            "<text x=\"0\" y=\"{:.1}\" fill=\"#595f69\">{label}</text>",
            y + 11.0
        );
        for (i, w) in weeks.iter().enumerate() {
            let (l, count) = level(w);
            let _ = write!(svg, "<rect x=\"{:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{CELL_H}\" fill=\"{}\"><title>Week of {}: {count}</title></rect>", x(i), (cell - 1.5).max(1.0), SHADES[usize::from(l.min(4))], w.week_start);
        }
    };
    let total = |w: &TimelineWeek| w.entries + w.checkins + w.documents + w.milestones_done;
    row(20.0, "all", &|w| (w.level, total(w)));
    for (r, (label, get)) in rows.iter().enumerate() {
        let max = weeks.iter().map(get).max().unwrap_or(0);
        let y = 20.0 + (r as f64 + 1.0) * (CELL_H + 3.0);
        row(y, label, &|w| {
            let c = get(w);
            let l = if c == 0 {
                0
            } else {
                (4 * c).div_ceil(max.max(1)) as u8
            };
            (l, c)
        });
    }
    svg.push_str("</svg>");
    svg
}
