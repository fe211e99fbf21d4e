//! A zone of a date-time value, and its conversions between wall time and UTC.

use std::rc::Rc;

use calcard::common::timezone::Tz as CalTz;
use calcard::common::PartialDateTime;
use chrono::{DateTime, FixedOffset, NaiveDateTime, Offset, TimeZone};

use super::vtimezone::Rules;

/// How local times of one property become UTC.
#[derive(Debug, Clone)]
pub(crate) enum Zone {
    Fixed(FixedOffset),
    Iana(chrono_tz::Tz),
    /// A VTIMEZONE that matches no known zone, evaluated from its own observances.
    Rules(Rc<Rules>),
}

impl Zone {
    pub(crate) fn utc() -> Zone {
        Zone::Fixed(FixedOffset::east_opt(0).expect("zero offset"))
    }

    pub(super) fn from_calcard(tz: CalTz) -> Option<Zone> {
        match tz {
            CalTz::Tz(z) => Some(Zone::Iana(z)),
            CalTz::Fixed(f) => Some(Zone::Fixed(f)),
            CalTz::Floating => None,
        }
    }

    /// A zone from an explicit offset on the value itself (`...Z` or, leniently, `+02:00`).
    pub(crate) fn of_value(p: &PartialDateTime) -> Option<Zone> {
        if !p.has_zone() {
            return None;
        }
        let secs = (p.tz_hour.unwrap_or(0) as i32 * 3600 + p.tz_minute.unwrap_or(0) as i32 * 60)
            * if p.tz_minus { -1 } else { 1 };
        FixedOffset::east_opt(secs).map(Zone::Fixed)
    }

    pub(crate) fn name(&self) -> String {
        match self {
            Zone::Fixed(f) if f.local_minus_utc() == 0 => "UTC".to_string(),
            Zone::Fixed(f) => format!("UTC{f}"),
            Zone::Iana(z) => z.name().to_string(),
            Zone::Rules(r) => format!("\"{}\" (as the file defines it)", r.name),
        }
    }

    pub(super) fn is_utc(&self) -> bool {
        match self {
            Zone::Fixed(f) => f.local_minus_utc() == 0,
            Zone::Iana(z) => matches!(
                z,
                chrono_tz::Tz::UTC | chrono_tz::Tz::Etc__UTC | chrono_tz::Tz::Etc__GMT
            ),
            Zone::Rules(_) => false,
        }
    }

    /// The UTC instants a local time stands for: none in a gap, two in an overlap.
    fn candidates(&self, local: NaiveDateTime) -> Vec<i64> {
        match self {
            Zone::Fixed(f) => vec![local.and_utc().timestamp() - f.local_minus_utc() as i64],
            Zone::Iana(z) => crate::time::candidates(*z, local),
            Zone::Rules(r) => r.candidates(local),
        }
    }

    /// A wall time in this zone as UTC, by the one DST rule in [`crate::time::resolve_wall`].
    pub(crate) fn to_utc(&self, local: NaiveDateTime) -> Option<i64> {
        crate::time::resolve_wall(local, |l| self.candidates(l))
    }

    fn offset_at(&self, utc: i64) -> Option<i64> {
        Some(match self {
            Zone::Fixed(f) => f.local_minus_utc() as i64,
            Zone::Iana(z) => {
                let t = DateTime::from_timestamp(utc, 0)?.naive_utc();
                z.offset_from_utc_datetime(&t).fix().local_minus_utc() as i64
            }
            Zone::Rules(r) => r.offset_at(utc),
        })
    }

    /// The wall time in this zone at a UTC instant.
    pub(crate) fn to_local(&self, utc: i64) -> Option<NaiveDateTime> {
        let off = self.offset_at(utc)?;
        Some(DateTime::from_timestamp(utc.checked_add(off)?, 0)?.naive_utc())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::time::testing::{local, utc};

    #[test]
    fn iana_zones_convert_both_ways_by_the_one_dst_rule() {
        // The rule itself is tested in crate::time; here, that a Zone uses it both ways.
        let ny = Zone::Iana(chrono_tz::America::New_York);
        assert_eq!(
            ny.to_utc(local("2024-11-03 01:30")),
            Some(utc("2024-11-03 05:30"))
        );
        assert_eq!(
            ny.to_local(utc("2024-11-03 06:30")),
            Some(local("2024-11-03 01:30"))
        );
        let plus_two = Zone::of_value(&calcard::common::PartialDateTime {
            tz_hour: Some(2),
            tz_minute: Some(0),
            ..Default::default()
        });
        assert_eq!(plus_two.map(|z| z.name()), Some("UTC+02:00".to_string()));
    }
}
