//! The arithmetic: discounting, NPV, IRR and payback over monthly cash (month 0 first).

/// The effective monthly rate of an annual one: (1 + r)^(1/12) − 1.
pub fn monthly_rate(annual: f64) -> f64 {
    (1.0 + annual).powf(1.0 / 12.0) - 1.0
}

/// Each month's cash at today's value; month 0 is not discounted.
pub fn discounted(cash: &[f64], monthly: f64) -> Vec<f64> {
    cash.iter()
        .enumerate()
        .map(|(m, c)| c / (1.0 + monthly).powi(m as i32))
        .collect()
}

pub fn npv(cash: &[f64], monthly: f64) -> f64 {
    discounted(cash, monthly).iter().sum()
}

/// The running totals.
pub fn cumulative(cash: &[f64]) -> Vec<f64> {
    cash.iter()
        .scan(0.0, |total, c| {
            *total += c;
            Some(*total)
        })
        .collect()
}

/// Months until the cumulative cash is back to 0, interpolated within the month that gets it
/// there; `Some(0.0)` when it is never negative, `None` when it is still negative at the end.
pub fn payback(cash: &[f64]) -> Option<f64> {
    let totals = cumulative(cash);
    let Some(first_negative) = totals.iter().position(|t| *t < 0.0) else {
        return Some(0.0);
    };
    let m = first_negative + totals[first_negative..].iter().position(|t| *t >= 0.0)?;
    let owed = -totals[m - 1];
    Some((m - 1) as f64 + owed / cash[m])
}

/// The month whose end first sees the cumulative cash at 0 or above, after it was negative.
pub fn break_even_month(cash: &[f64]) -> Option<u32> {
    payback(cash).map(|p| p.ceil() as u32)
}

/// The monthly rate at which the NPV is 0, the one nearest 0 if there are several; `None`
/// when there is none (cash all of one sign, or no rate above −100 % gives 0).
///
/// The NPV is a polynomial in v = 1 / (1 + rate); its positive roots are found by scanning v
/// on a logarithmic grid (rates from −99.99 % to +999,900 % a month) for sign changes and
/// bisecting each.
pub fn irr(cash: &[f64]) -> Option<f64> {
    let has_in = cash.iter().any(|c| *c > 0.0);
    let has_out = cash.iter().any(|c| *c < 0.0);
    if !(has_in && has_out) {
        return None;
    }
    // Horner, from the last month down: Σ c_m v^m.
    let value = |v: f64| cash.iter().rev().fold(0.0, |acc, c| acc * v + c);
    const STEPS: usize = 2_000;
    let (lo, hi) = (1e-4_f64.ln(), 1e4_f64.ln());
    let at = |k: usize| (lo + (hi - lo) * k as f64 / STEPS as f64).exp();
    let mut best: Option<f64> = None;
    let mut prev = (at(0), value(at(0)));
    for k in 1..=STEPS {
        let v = at(k);
        let f = value(v);
        let root = if f == 0.0 {
            Some(v)
        } else if prev.1.signum() != f.signum() && prev.1 != 0.0 {
            Some(bisect(&value, prev.0, v))
        } else {
            None
        };
        if let Some(v) = root {
            let rate = 1.0 / v - 1.0;
            if best.is_none_or(|b| rate.abs() < b.abs()) {
                best = Some(rate);
            }
        }
        prev = (v, f);
    }
    best
}

fn bisect(f: &impl Fn(f64) -> f64, mut a: f64, mut b: f64) -> f64 {
    let fa_sign = f(a).signum();
    for _ in 0..200 {
        let mid = 0.5 * (a + b);
        if f(mid).signum() == fa_sign {
            a = mid;
        } else {
            b = mid;
        }
        if (b - a) <= f64::EPSILON * b {
            break;
        }
    }
    0.5 * (a + b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol
    }

    #[test]
    fn a_zero_rate_discounts_nothing_and_twelve_monthly_steps_make_the_annual_rate() {
        assert_eq!(monthly_rate(0.0), 0.0);
        assert!(close((1.0 + monthly_rate(0.10)).powi(12), 1.10, 1e-12));
        assert_eq!(npv(&[-100.0, 60.0, 60.0], 0.0), 20.0);
    }

    #[test]
    fn payback_is_interpolated_within_the_month_that_gets_there() {
        // −100, then +40 a month: −60, −20, +20 → 2 + 20/40 = 2.5 months.
        assert_eq!(payback(&[-100.0, 40.0, 40.0, 40.0]), Some(2.5));
        assert_eq!(break_even_month(&[-100.0, 40.0, 40.0, 40.0]), Some(3));
        // Exactly even at the end of month 2.
        assert_eq!(payback(&[-100.0, 50.0, 50.0]), Some(2.0));
        assert_eq!(payback(&[-100.0, 10.0, 10.0]), None);
        assert_eq!(payback(&[0.0, 10.0]), Some(0.0));
        // A cost that only comes later still has to be paid back.
        assert_eq!(payback(&[0.0, -30.0, 20.0, 20.0]), Some(2.5));
    }

    #[test]
    fn irr_is_the_rate_that_zeroes_the_npv_and_none_without_a_sign_change() {
        let cash = [-100.0, 39.0, 59.0, 55.0, 20.0];
        let r = irr(&cash).unwrap();
        // numpy_financial.irr([-100, 39, 59, 55, 20]) = 0.28094842115996066
        assert!(close(r, 0.280_948_421_159_960_66, 1e-9), "{r}");
        assert!(close(npv(&cash, r), 0.0, 1e-8));
        assert_eq!(irr(&[-100.0, -5.0]), None);
        assert_eq!(irr(&[100.0, 5.0]), None);
        assert_eq!(irr(&[0.0, 0.0]), None);
    }
}
