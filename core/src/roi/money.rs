//! Amounts as a sentence writes them: "$120k", "€1.25M", "−$4,500".

/// The user's currency, by its ISO 4217 code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Currency(String);

impl Default for Currency {
    fn default() -> Self {
        Currency("USD".into())
    }
}

impl Currency {
    /// `code` as given (e.g. "EUR"); upper-cased.
    pub fn new(code: &str) -> Self {
        Currency(code.trim().to_uppercase())
    }

    fn symbol(&self) -> Option<&'static str> {
        Some(match self.0.as_str() {
            "USD" => "$",
            "EUR" => "€",
            "GBP" => "£",
            "JPY" => "¥",
            "INR" => "₹",
            _ => return None,
        })
    }

    /// Three significant figures, with k or M above a thousand.
    pub fn compact(&self, amount: f64) -> String {
        let sign = if amount < 0.0 { "−" } else { "" };
        let a = amount.abs();
        let number = if a >= 999_500.0 {
            format!("{}M", significant(a / 1e6))
        } else if a >= 999.5 {
            format!("{}k", significant(a / 1e3))
        } else {
            format!("{}", a.round() as i64)
        };
        match self.symbol() {
            Some(s) => format!("{sign}{s}{number}"),
            None => format!("{sign}{number} {}", self.0),
        }
    }
}

impl Currency {
    /// The whole amount with thousands separated, for a table: "$156,000", "−€4,500".
    pub fn whole(&self, amount: f64) -> String {
        let sign = if amount < 0.0 { "−" } else { "" };
        let digits = (amount.abs().round() as u64).to_string();
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(c);
        }
        match self.symbol() {
            Some(s) => format!("{sign}{s}{grouped}"),
            None => format!("{sign}{grouped} {}", self.0),
        }
    }
}

/// Three significant figures, without trailing zeros: 98.66 → "98.7", 243.2 → "243", 4.5 → "4.5".
fn significant(x: f64) -> String {
    let decimals = if x >= 100.0 {
        0
    } else if x >= 10.0 {
        1
    } else {
        2
    };
    let s = format!("{x:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::Currency;

    #[test]
    fn amounts_are_compact_with_the_currency_sign() {
        let usd = Currency::default();
        assert_eq!(usd.compact(120_000.0), "$120k");
        assert_eq!(usd.compact(98_660.0), "$98.7k");
        assert_eq!(usd.compact(243_210.0), "$243k");
        assert_eq!(usd.compact(4_500.0), "$4.5k");
        assert_eq!(usd.compact(1_250_000.0), "$1.25M");
        assert_eq!(usd.compact(999_999.0), "$1M");
        assert_eq!(usd.compact(950.4), "$950");
        assert_eq!(usd.compact(-12_300.0), "−$12.3k");
        assert_eq!(Currency::new("eur").compact(2_000.0), "€2k");
        assert_eq!(usd.whole(156_000.0), "$156,000");
        assert_eq!(usd.whole(-4_500.4), "−$4,500");
        assert_eq!(usd.whole(999.0), "$999");
        assert_eq!(Currency::new("CHF").whole(1_234_567.0), "1,234,567 CHF");
        assert_eq!(Currency::new("CHF").compact(2_000.0), "2k CHF");
    }
}
