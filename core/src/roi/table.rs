//! The model's figures as an HTML table, for the preview and every export (beside the chart).
//! Every value is a number this code formats, and the sentence is escaped.

use std::fmt::Write;

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

pub fn figures_html(r: &RoiReport, c: &Currency) -> String {
    let irr = match (r.irr_monthly, r.irr_annual) {
        (Some(m), Some(y)) => format!("{} a month, {} a year", percent(m), percent(y)),
        _ => "none (no rate makes the NPV 0)".into(),
    };
    let rows = [
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
    let mut html = format!(
        "<p class=\"roi-summary\">{}</p><table class=\"roi-figures\"><tbody>",
        escape(&r.summary)
    );
    for (name, value) in rows {
        let _ = write!(
            html,
            "<tr><th scope=\"row\">{name}</th><td>{value}</td></tr>"
        );
    }
    for s in &r.scenarios {
        let _ = write!(
            html,
            "<tr><th scope=\"row\">{} case (benefits × {})</th><td>NPV {}, payback {}</td></tr>",
            escape(&s.name),
            s.multiplier,
            c.whole(s.npv),
            months(s.payback_months)
        );
    }
    html.push_str("</tbody></table>");
    html
}
