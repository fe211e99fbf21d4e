//! The model's figures as an HTML table, for the preview and every export (beside the chart).
//! Every value is a number this code formats; labels, values and the sentence are escaped.

use std::fmt::Write;

use serde::Serialize;
use specta::Type;

use super::money::Currency;
use super::report::RoiReport;
use crate::markdown::escape_html as escape;

fn months(m: Option<f64>) -> String {
    m.map_or("not within the horizon".into(), |m| {
        format!("{m:.1} months")
    })
}

fn percent(x: f64) -> String {
    format!("{:.1} %", x * 100.0)
}

/// One line of the figures: what, and its value as the reader sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct FigureRow {
    pub label: String,
    pub value: String,
}

/// The model's figures, as the table shows them (and the ROI form beside the text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct RoiFigures {
    pub summary: String,
    pub rows: Vec<FigureRow>,
}

pub fn figures(r: &RoiReport, c: &Currency) -> RoiFigures {
    let irr = match (r.irr_monthly, r.irr_annual) {
        (Some(m), Some(y)) => format!("{} a month, {} a year", percent(m), percent(y)),
        _ => "none (no rate makes the NPV 0)".into(),
    };
    let mut rows = vec![
        ("Total cost".to_string(), c.whole(r.total_cost)),
        ("Total benefit".to_string(), c.whole(r.total_benefit)),
        (
            format!("NPV at {} a year", percent(r.annual_discount_rate)),
            c.whole(r.npv),
        ),
        ("IRR".to_string(), irr),
        (
            "ROI".to_string(),
            r.roi_percent
                .map_or("no cost entered".into(), |p| format!("{p:.1} %")),
        ),
        ("Payback".to_string(), months(r.payback_months)),
        (
            "Discounted payback".to_string(),
            months(r.discounted_payback_months),
        ),
        (
            "Break-even month".to_string(),
            r.break_even_month
                .map_or("not within the horizon".into(), |m| m.to_string()),
        ),
    ];
    for s in &r.scenarios {
        rows.push((
            format!(
                "{} case (benefits × {})",
                capitalised(&s.name),
                s.multiplier
            ),
            format!(
                "NPV {}, payback {}",
                c.whole(s.npv),
                months(s.payback_months)
            ),
        ));
    }
    RoiFigures {
        summary: r.summary.clone(),
        rows: rows
            .into_iter()
            .map(|(label, value)| FigureRow { label, value })
            .collect(),
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

pub fn figures_html(r: &RoiReport, c: &Currency) -> String {
    let f = figures(r, c);
    let mut html = format!(
        "<p class=\"roi-summary\">{}</p><table class=\"roi-figures\"><tbody>",
        escape(&f.summary)
    );
    for row in f.rows {
        let _ = write!(
            html,
            "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
            escape(&row.label),
            escape(&row.value)
        );
    }
    html.push_str("</tbody></table>");
    html
}
