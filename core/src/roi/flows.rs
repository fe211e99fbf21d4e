//! Monthly cash flows: what every model becomes before any figure is computed.

use serde::{Deserialize, Serialize};
use specta::Type;

/// Money in (positive) or out (negative) in one month; month 0 is today.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct CashFlow {
    pub month: u32,
    pub amount: f64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
}

/// A model given as its cash flows; its horizon is the last month with a flow.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct CashFlowModel {
    pub annual_discount_rate: f64,
    pub flows: Vec<CashFlow>,
}

impl CashFlowModel {
    pub fn horizon(&self) -> u32 {
        self.flows.iter().map(|f| f.month).max().unwrap_or(0)
    }

    /// The net cash of each month, 0 to the horizon (several flows in a month add up).
    pub fn net_by_month(&self) -> Vec<f64> {
        let mut net = vec![0.0; self.horizon() as usize + 1];
        for f in &self.flows {
            net[f.month as usize] += f.amount;
        }
        net
    }

    /// Everything paid out, as a positive sum.
    pub fn total_cost(&self) -> f64 {
        -self.flows.iter().map(|f| f.amount.min(0.0)).sum::<f64>()
    }

    /// Everything brought in.
    pub fn total_benefit(&self) -> f64 {
        self.flows.iter().map(|f| f.amount.max(0.0)).sum()
    }
}
