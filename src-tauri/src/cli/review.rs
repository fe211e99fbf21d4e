//! `waypoint review`: the progress review of a period, computed by the same core call as the
//! app's Review screen, printed (Markdown, or JSON with --json) or written to a file.

use waypoint_core::export::{ExportFormat, ExportTarget};
use waypoint_core::review::{label, review_file, write_review, Include, Period};
use waypoint_core::roi::Currency;
use waypoint_core::{Error, Store};

use super::args::ReviewArgs;
use super::print::print_json;

pub(super) fn run(store: &Store, a: ReviewArgs) -> Result<(), Error> {
    let period = Period::parse(&a.from, &a.to)?;
    let include = Include::parse(&a.include)?;
    let rules = store.work_settings()?.rules(crate::clock::zone())?;
    let review = store.review(
        period,
        include,
        crate::clock::today(),
        &rules,
        &Currency::new(&a.currency),
    )?;
    match &a.out {
        Some(out) => {
            // Without --format the file's extension says it (a name without one gets .pdf).
            let target = ExportTarget::for_path(out);
            let (format, path) = match a.format {
                Some(f) => (f, out.clone()),
                None => (target.format, target.path),
            };
            write_review(&review, format, &path)?;
            if !a.json {
                let left_out: Vec<&str> =
                    review.sections_excluded.iter().map(|s| label(s)).collect();
                let private = if left_out.is_empty() {
                    "private sections included".to_string()
                } else {
                    format!("left out as private: {}", left_out.join(", "))
                };
                outln!(
                    "Wrote the review of {} to {} ({private}).",
                    review.label,
                    path.display()
                );
            }
        }
        None if a.format == Some(ExportFormat::Pdf) => {
            return Err(Error::invalid_field(
                "out",
                "A PDF cannot be printed to the terminal; add --out review.pdf.",
            ))
        }
        None if !a.json => {
            let bytes = review_file(&review, a.format.unwrap_or(ExportFormat::Md))?;
            outln!("{}", String::from_utf8_lossy(&bytes).trim_end());
        }
        None => {}
    }
    if a.json {
        print_json(&review)?;
    }
    Ok(())
}
