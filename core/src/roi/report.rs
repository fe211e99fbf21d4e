//! Every figure of a model, and the sentence a brief leads with.

use serde::Serialize;
use specta::Type;

use super::finance::{break_even_month, cumulative, discounted, irr, monthly_rate, npv, payback};
use super::flows::{CashFlow, CashFlowModel};
use super::inputs::RoiModel;
use super::money::Currency;

/// One month of the cumulative cash chart.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct MonthCash {
    pub month: u32,
    pub cash: f64,
    pub cumulative: f64,
    pub discounted_cumulative: f64,
}

/// The figures of a low or high case (benefits scaled by `multiplier`).
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct ScenarioResult {
    pub name: String,
    pub multiplier: f64,
    pub npv: f64,
    pub roi_percent: Option<f64>,
    pub payback_months: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct RoiReport {
    pub horizon_months: u32,
    pub annual_discount_rate: f64,
    pub monthly_discount_rate: f64,
    pub total_cost: f64,
    pub total_benefit: f64,
    pub npv: f64,
    /// None when no rate makes the NPV 0.
    pub irr_monthly: Option<f64>,
    pub irr_annual: Option<f64>,
    /// None when nothing is spent.
    pub roi_percent: Option<f64>,
    /// None when it does not pay back within the horizon.
    pub payback_months: Option<f64>,
    pub discounted_payback_months: Option<f64>,
    pub break_even_month: Option<u32>,
    pub months: Vec<MonthCash>,
    pub flows: Vec<CashFlow>,
    pub scenarios: Vec<ScenarioResult>,
    /// "Investing $120k returns $243k over 24 months (NPV $98.7k at 10 %/yr); it pays back in
    /// about 13 months."
    pub summary: String,
}

struct Figures {
    cost: f64,
    benefit: f64,
    npv: f64,
    roi: Option<f64>,
    payback: Option<f64>,
}

fn figures(m: &CashFlowModel) -> Figures {
    let cash = m.net_by_month();
    let (cost, benefit) = (m.total_cost(), m.total_benefit());
    Figures {
        cost,
        benefit,
        npv: npv(&cash, monthly_rate(m.annual_discount_rate)),
        roi: (cost > 0.0).then(|| (benefit - cost) / cost * 100.0),
        payback: payback(&cash),
    }
}

/// Every figure of `model`, amounts in the sentence written in `currency`.
pub fn report(model: &RoiModel, currency: &Currency) -> RoiReport {
    let flows = match model {
        RoiModel::Inputs(i) => i.flows(1.0),
        RoiModel::Flows(f) => f.clone(),
    };
    let scenarios = match model {
        RoiModel::Inputs(i) => i
            .scenarios
            .iter()
            .flat_map(|s| [("low", s.low), ("high", s.high)])
            .map(|(name, multiplier)| {
                let f = figures(&i.flows(multiplier));
                ScenarioResult {
                    name: name.into(),
                    multiplier,
                    npv: f.npv,
                    roi_percent: f.roi,
                    payback_months: f.payback,
                }
            })
            .collect(),
        RoiModel::Flows(_) => Vec::new(),
    };
    let cash = flows.net_by_month();
    let monthly = monthly_rate(flows.annual_discount_rate);
    let present = discounted(&cash, monthly);
    let base = figures(&flows);
    let irr_monthly = irr(&cash);
    let horizon = flows.horizon();
    let months = cumulative(&cash)
        .into_iter()
        .zip(cumulative(&present))
        .enumerate()
        .map(|(m, (total, present_total))| MonthCash {
            month: m as u32,
            cash: cash[m],
            cumulative: total,
            discounted_cumulative: present_total,
        })
        .collect();
    RoiReport {
        summary: summary(&base, horizon, flows.annual_discount_rate, currency),
        horizon_months: horizon,
        annual_discount_rate: flows.annual_discount_rate,
        monthly_discount_rate: monthly,
        total_cost: base.cost,
        total_benefit: base.benefit,
        npv: base.npv,
        irr_monthly,
        irr_annual: irr_monthly.map(|r| (1.0 + r).powi(12) - 1.0),
        roi_percent: base.roi,
        payback_months: base.payback,
        discounted_payback_months: payback(&present),
        break_even_month: break_even_month(&cash),
        months,
        flows: flows.flows,
        scenarios,
    }
}

fn percent(rate: f64) -> String {
    let p = format!("{:.1}", rate * 100.0);
    p.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn summary(f: &Figures, horizon: u32, rate: f64, c: &Currency) -> String {
    let months = |n: u32| {
        if n == 1 {
            "1 month".to_string()
        } else {
            format!("{n} months")
        }
    };
    let head = if f.cost > 0.0 {
        format!(
            "Investing {} returns {} over {}",
            c.compact(f.cost),
            c.compact(f.benefit),
            months(horizon)
        )
    } else {
        format!(
            "With no cost entered, it returns {} over {}",
            c.compact(f.benefit),
            months(horizon)
        )
    };
    let npv = format!("NPV {} at {} %/yr", c.compact(f.npv), percent(rate));
    let tail = match f.payback {
        None => format!("it does not pay back within the {}.", months(horizon)),
        Some(p) if f.cost == 0.0 || p == 0.0 => "there is nothing to pay back.".to_string(),
        Some(p) if p < 1.0 => "it pays back within the first month.".to_string(),
        Some(p) => format!("it pays back in about {}.", months(p.round() as u32)),
    };
    format!("{head} ({npv}); {tail}")
}
