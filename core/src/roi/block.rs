//! A ```roi block as a document shows it: the sentence, the figures and the cumulative cash
//! chart, or what is wrong with the block. The same HTML serves the preview and the exports.

use super::chart::chart_svg;
use super::money::Currency;
use super::report::report;
use super::source::model_from_block;
use super::table::figures_html;
use crate::markdown::escape_html as escape;

/// The info string that marks a block as a model.
pub const BLOCK_INFO: &str = "roi";

pub fn block_html(text: &str, line: usize, currency: &Currency) -> String {
    match model_from_block(text, line) {
        Ok(model) => {
            let r = report(&model, currency);
            // Inline SVG in HTML needs no namespace, and then the page names no address at all.
            let chart = chart_svg(&r, currency).replacen(" xmlns=\"http://www.w3.org/2000/svg\"", "", 1);
            format!(
                "<figure class=\"roi\">{}<div class=\"roi-chart-box\">{chart}</div></figure>",
                figures_html(&r, currency)
            )
        }
        Err(e) => format!(
            "<div class=\"roi roi-error\" role=\"alert\"><strong>This ROI model cannot be worked out.</strong> {}</div>",
            escape(&e.message).replace('\n', "<br>")
        ),
    }
}
