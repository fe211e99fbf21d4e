//! The ROI calculator: a model of an investment (what it costs once and every month, what it
//! brings in every month, over how many months) turned into monthly cash flows and the figures
//! a business reader asks for: total cost and benefit, NPV, IRR, ROI %, payback and break-even,
//! and one plain sentence.
//!
//! Conventions (also stated where the UI explains the figures):
//! - month 0 is today and is not discounted (as numpy-financial's `npv`, not Excel's `NPV`);
//! - the annual rate becomes an effective monthly rate, (1 + r)^(1/12) − 1;
//! - ROI % is (benefits − costs) / costs over the horizon, undiscounted;
//! - payback is the first month m whose cumulative cash is ≥ 0, interpolated within it as
//!   (m − 1) + (still owed after month m − 1) / (cash of month m); discounted payback is the
//!   same on discounted cash. A model whose cumulative cash is never negative pays back at 0.
//! - IRR is the monthly rate at which the NPV is 0 (the one nearest 0 when there are several,
//!   as numpy-financial picks), annualised as (1 + irr)^12 − 1; none when no rate gives 0.

mod block;
mod chart;
mod finance;
mod flows;
mod form;
mod inputs;
mod money;
mod place;
mod report;
mod source;
mod table;
mod write;

pub use block::{block_html, BLOCK_INFO};
pub use chart::chart_svg;
pub use flows::{CashFlow, CashFlowModel};
pub use form::{
    apply_form, form_figures, roi_forms, RoiBlockForm, RoiEdit, RoiField, RoiFieldText, RoiForms,
};
pub use inputs::{Benefits, OneOff, RoiInputs, RoiModel, Scenarios};
pub use money::Currency;
pub use report::{report, MonthCash, RoiReport, ScenarioResult};
pub use source::{model_from_block, model_from_file, model_from_text, roi_blocks};
pub use table::{figures, FigureRow, RoiFigures};
