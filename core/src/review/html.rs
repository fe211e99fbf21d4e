//! A review as one self-contained, print-ready HTML page: the Markdown sections rendered and
//! sanitised as every export is, with the load chart and the timeline drawn in as SVG. No
//! scripts, nothing loaded from anywhere.

use super::charts::{load_svg, timeline_svg};
use super::markdown::{meta, sections, title};
use super::types::Review;
use crate::export::PAGE_CSS;
use crate::markdown::{escape_html as escape, render};

/// What a review adds to the export stylesheet: charts that fit the page, tables of figures.
const REVIEW_CSS: &str = "figure.review-figure { margin: 0 0 1rem; break-inside: avoid; }\nfigure.review-figure svg { max-width: 100%; height: auto; }\nsection { break-inside: auto; }\ntd:not(:first-child), th:not(:first-child) { font-variant-numeric: tabular-nums; }\n";

fn figure(svg: String) -> String {
    format!("<figure class=\"review-figure\">{svg}</figure>\n")
}

/// The section's HTML with its drawing (if it has one) after the heading.
fn section_html(r: &Review, name: &str, markdown: &str) -> String {
    let html = render(markdown);
    let drawing = match name {
        "workload" if r.workload.weeks_with_hours > 0 => Some(load_svg(&r.workload.weeks)),
        "timeline" if !r.timeline.is_empty() => Some(timeline_svg(&r.timeline)),
        _ => None,
    };
    let html = match drawing {
        Some(svg) => html.replacen("</h2>", &format!("</h2>\n{}", figure(svg)), 1),
        None => html,
    };
    format!("<section id=\"{name}\">\n{html}</section>\n")
}

/// The sections as HTML, drawings included: the body of the page, and what the app shows.
pub fn article(r: &Review) -> String {
    sections(r)
        .iter()
        .map(|(name, md)| section_html(r, name, md))
        .collect()
}

pub fn page(r: &Review) -> String {
    let body = article(r);
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{t}</title>\n<style>\n{PAGE_CSS}{REVIEW_CSS}</style>\n</head>\n<body>\n<main>\n<header><h1>{t}</h1><p>{meta}</p></header>\n<article>\n{body}</article>\n</main>\n</body>\n</html>\n",
        t = escape(&title(r)),
        meta = escape(&meta(r)),
    )
}
