//! The cumulative cash chart as a self-contained SVG: no scripts, no external references, fixed
//! colours (with class names an export's CSS may restyle), so the same drawing serves the
//! preview, HTML and PDF.

use std::fmt::Write;

use super::money::Currency;
use super::report::RoiReport;
use crate::markdown::escape_html as escape;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 280.0;
const LEFT: f64 = 68.0;
const RIGHT: f64 = 16.0;
/// Room above the plot for the legend.
const TOP: f64 = 32.0;
const BOTTOM: f64 = 36.0;

/// The cumulative cash (solid) and its present value (dotted) by month, the zero line, and where
/// it pays back.
pub fn chart_svg(r: &RoiReport, currency: &Currency) -> String {
    let values = r
        .months
        .iter()
        .flat_map(|m| [m.cumulative, m.discounted_cumulative]);
    let (lo, hi) = values.fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let step = nice_step((hi - lo).max(1.0) / 4.0);
    let (lo, hi) = ((lo / step).floor() * step, (hi / step).ceil() * step);
    let horizon = f64::from(r.horizon_months.max(1));
    let x = |month: f64| LEFT + (WIDTH - LEFT - RIGHT) * month / horizon;
    let y = |v: f64| TOP + (HEIGHT - TOP - BOTTOM) * (hi - v) / (hi - lo);

    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" width=\"{WIDTH}\" height=\"{HEIGHT}\" class=\"roi-chart\" role=\"img\" font-family=\"sans-serif\" font-size=\"11\">"
    );
    let _ = write!(
        svg,
        "<title>Cumulative cash by month</title><desc>{}</desc>",
        escape(&r.summary)
    );
    let _ = write!(
        svg,
        "<g class=\"legend\" fill=\"#595f69\"><line x1=\"{LEFT}\" x2=\"{:.1}\" y1=\"12\" y2=\"12\" stroke=\"#24639c\" stroke-width=\"2\"/><text x=\"{:.1}\" y=\"16\">cumulative cash</text><line x1=\"{:.1}\" x2=\"{:.1}\" y1=\"12\" y2=\"12\" stroke=\"#8a5a00\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\"/><text x=\"{:.1}\" y=\"16\">at today's value (discounted)</text></g>",
        LEFT + 18.0,
        LEFT + 24.0,
        LEFT + 130.0,
        LEFT + 148.0,
        LEFT + 154.0
    );
    let mut v = lo;
    while v <= hi + step / 2.0 {
        let _ = write!(
            svg,
            "<line class=\"grid\" x1=\"{LEFT}\" x2=\"{:.1}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"#d3cec4\" stroke-width=\"1\"/><text class=\"label\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" fill=\"#595f69\">{}</text>",
            WIDTH - RIGHT,
            LEFT - 6.0,
            y(v) + 4.0,
            escape(&currency.compact(v)),
            y = y(v),
        );
        v += step;
    }
    let month_step = nice_step(horizon / 6.0).max(1.0);
    let mut m = 0.0;
    while m <= horizon + 0.5 {
        let _ = write!(
            svg,
            "<text class=\"label\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#595f69\">{}</text>",
            x(m),
            HEIGHT - BOTTOM + 16.0,
            m as u32
        );
        m += month_step;
    }
    let _ = write!(
        svg,
        "<text class=\"label\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" fill=\"#595f69\">month</text>",
        WIDTH - RIGHT,
        HEIGHT - 4.0
    );
    let _ = write!(
        svg,
        "<line class=\"zero\" x1=\"{LEFT}\" x2=\"{:.1}\" y1=\"{y0:.1}\" y2=\"{y0:.1}\" stroke=\"#595f69\" stroke-width=\"1\"/>",
        WIDTH - RIGHT,
        y0 = y(0.0)
    );
    if let Some(p) = r.payback_months.filter(|p| *p > 0.0) {
        // The label sits on the side of the line with room for it.
        let (label_x, anchor) = if p / horizon > 0.6 {
            (x(p) - 4.0, "end")
        } else {
            (x(p) + 4.0, "start")
        };
        let _ = write!(
            svg,
            "<line class=\"payback\" x1=\"{px:.1}\" x2=\"{px:.1}\" y1=\"{TOP}\" y2=\"{:.1}\" stroke=\"#2f7a45\" stroke-dasharray=\"3 3\"/><text class=\"label\" x=\"{label_x:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\" fill=\"#2f7a45\">pays back, month {p:.1}</text>",
            HEIGHT - BOTTOM,
            TOP + 10.0,
            px = x(p),
        );
    }
    let line = |pick: fn(&super::report::MonthCash) -> f64| {
        r.months
            .iter()
            .map(|m| format!("{:.1},{:.1}", x(f64::from(m.month)), y(pick(m))))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let _ = write!(
        svg,
        "<polyline class=\"discounted\" fill=\"none\" stroke=\"#8a5a00\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\" points=\"{}\"/>",
        line(|m| m.discounted_cumulative)
    );
    let _ = write!(
        svg,
        "<polyline class=\"cumulative\" fill=\"none\" stroke=\"#24639c\" stroke-width=\"2\" points=\"{}\"/>",
        line(|m| m.cumulative)
    );
    svg.push_str("</svg>");
    svg
}

/// 1, 2 or 5 times a power of ten, at least `raw`.
fn nice_step(raw: f64) -> f64 {
    let power = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|f| f * power)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * power)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::roi::{report, CashFlow, CashFlowModel, RoiModel};

    fn model(amounts: &[f64]) -> RoiReport {
        let flows = amounts
            .iter()
            .enumerate()
            .map(|(m, a)| CashFlow {
                month: m as u32,
                amount: *a,
                label: String::new(),
            })
            .collect();
        report(
            &RoiModel::Flows(CashFlowModel {
                annual_discount_rate: 0.1,
                flows,
            }),
            &Currency::default(),
        )
    }

    #[test]
    fn the_chart_draws_every_month_and_marks_the_payback() {
        let r = model(&[-1000.0, 400.0, 400.0, 400.0, 400.0]);
        let svg = chart_svg(&r, &Currency::default());
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.ends_with("</svg>"));
        for class in ["cumulative", "discounted"] {
            let at = svg.find(&format!("class=\"{class}\"")).unwrap();
            let points = svg[at..]
                .split("points=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap();
            assert_eq!(points.split(' ').count(), 5, "{class}: {points}");
        }
        assert!(svg.contains("pays back, month 2.5"), "{svg}");
        assert!(svg.contains(">−$1k<"), "the lowest tick: {svg}");
        // Nothing that runs or loads: no script, no links, no external references.
        for banned in ["<script", "href", "url(", "<image", "<foreignObject"] {
            assert!(!svg.contains(banned), "{banned}");
        }
    }

    #[test]
    fn text_is_escaped_and_a_model_that_never_pays_back_has_no_marker() {
        let r = model(&[-1000.0, 10.0]);
        let svg = chart_svg(&r, &Currency::new("<b>"));
        assert!(!svg.contains("<b>") && svg.contains("&lt;B&gt;"), "{svg}");
        assert!(!svg.contains("pays back"));
    }

    #[test]
    fn steps_are_round_numbers() {
        assert_eq!(nice_step(0.7), 1.0);
        assert_eq!(nice_step(1.3), 2.0);
        assert_eq!(nice_step(37_000.0), 50_000.0);
        assert_eq!(nice_step(4.0), 5.0);
    }
}
