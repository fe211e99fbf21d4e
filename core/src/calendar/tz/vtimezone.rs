//! A VTIMEZONE that names no known zone, evaluated from its own observances (calcard resolves
//! names but never evaluates a VTIMEZONE's rules).

use calcard::icalendar::{
    ICalendar, ICalendarComponent, ICalendarComponentType, ICalendarFrequency, ICalendarProperty,
    ICalendarValue, ICalendarWeekday,
};
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, TimeDelta, Weekday};

/// A VTIMEZONE's observances, enough to evaluate the yearly rules real exports use
/// (`FREQ=YEARLY;BYMONTH=m;BYDAY=-1SU` and the like) and one-off onsets (DTSTART, RDATE).
#[derive(Debug)]
pub(crate) struct Rules {
    pub(super) name: String,
    observances: Vec<Observance>,
    offsets: Vec<i64>,
}

#[derive(Debug)]
struct Observance {
    from: i64,
    to: i64,
    /// Local wall time (in the `from` offset) of the first onset.
    start: NaiveDateTime,
    rdates: Vec<NaiveDateTime>,
    yearly: Option<Yearly>,
}

#[derive(Debug)]
struct Yearly {
    month: u32,
    day: DaySpec,
    interval: i32,
    until_utc: Option<i64>,
}

#[derive(Debug)]
enum DaySpec {
    /// BYDAY=-1SU, 2SU, ...
    Nth(i16, Weekday),
    /// BYDAY=SU;BYMONTHDAY=8,9,...,14 (older Microsoft and Apple exports).
    WeekdayIn(Weekday, Vec<i8>),
    /// BYMONTHDAY=d
    MonthDay(i8),
}

fn offset_secs(e: Option<&calcard::icalendar::ICalendarEntry>) -> Option<i64> {
    let p = e?.values.first()?.as_partial_date_time()?;
    p.tz_hour?;
    Some(
        (p.tz_hour.unwrap_or(0) as i64 * 3600 + p.tz_minute.unwrap_or(0) as i64 * 60)
            * if p.tz_minus { -1 } else { 1 },
    )
}

fn weekday(d: &ICalendarWeekday) -> Weekday {
    match d {
        ICalendarWeekday::Monday => Weekday::Mon,
        ICalendarWeekday::Tuesday => Weekday::Tue,
        ICalendarWeekday::Wednesday => Weekday::Wed,
        ICalendarWeekday::Thursday => Weekday::Thu,
        ICalendarWeekday::Friday => Weekday::Fri,
        ICalendarWeekday::Saturday => Weekday::Sat,
        ICalendarWeekday::Sunday => Weekday::Sun,
    }
}

impl Rules {
    /// Reads a VTIMEZONE; `None` when an observance uses a rule this reader does not know,
    /// so that the caller falls back rather than computing wrong times.
    pub(crate) fn read(name: &str, vtz: &ICalendarComponent, cal: &ICalendar) -> Option<Rules> {
        let mut observances = Vec::new();
        for &id in &vtz.component_ids {
            let c = cal.components.get(id as usize)?;
            if !matches!(
                c.component_type,
                ICalendarComponentType::Standard | ICalendarComponentType::Daylight
            ) {
                continue;
            }
            let from = offset_secs(c.property(&ICalendarProperty::Tzoffsetfrom))?;
            let to = offset_secs(c.property(&ICalendarProperty::Tzoffsetto))?;
            let start = c
                .property(&ICalendarProperty::Dtstart)?
                .values
                .first()?
                .as_partial_date_time()?
                .to_date_time()?
                .date_time;
            let rdates = c
                .properties(&ICalendarProperty::Rdate)
                .flat_map(|e| e.values.iter())
                .filter_map(|v| Some(v.as_partial_date_time()?.to_date_time()?.date_time))
                .collect();
            let yearly = match c.property(&ICalendarProperty::Rrule) {
                None => None,
                Some(e) => match e.values.first()? {
                    ICalendarValue::RecurrenceRule(r) => Some(Yearly::read(r, start, from)?),
                    _ => return None,
                },
            };
            observances.push(Observance {
                from,
                to,
                start,
                rdates,
                yearly,
            });
        }
        if observances.is_empty() {
            return None;
        }
        let mut offsets: Vec<i64> = observances.iter().flat_map(|o| [o.from, o.to]).collect();
        offsets.sort_unstable();
        offsets.dedup();
        Some(Rules {
            name: name.to_string(),
            observances,
            offsets,
        })
    }

    /// The offset in effect at a UTC instant: that of the latest onset at or before it.
    pub(super) fn offset_at(&self, utc: i64) -> i64 {
        let year = DateTime::from_timestamp(utc, 0).map_or(1970, |d| d.year());
        let mut best: Option<(i64, i64)> = None;
        for o in &self.observances {
            o.onsets(year - 1, year, &mut |t| {
                if t <= utc && best.is_none_or(|(b, _)| t > b) {
                    best = Some((t, o.to));
                }
            });
        }
        match best {
            Some((_, to)) => to,
            // Before the first onset: the earliest observance's "from" offset.
            None => self
                .observances
                .iter()
                .min_by_key(|o| o.start)
                .map_or(0, |o| o.from),
        }
    }

    pub(super) fn candidates(&self, local: NaiveDateTime) -> Vec<i64> {
        let l = local.and_utc().timestamp();
        let mut out: Vec<i64> = self
            .offsets
            .iter()
            .map(|o| l - o)
            .filter(|&u| self.offset_at(u) == l - u)
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

impl Observance {
    /// Calls `f` with every onset (UTC seconds) in the years `y0..=y1`, plus the first onset
    /// and the RDATEs whatever their year (a one-off change stays in effect until the next).
    fn onsets(&self, y0: i32, y1: i32, f: &mut impl FnMut(i64)) {
        let utc = |l: NaiveDateTime| l.and_utc().timestamp() - self.from;
        f(utc(self.start));
        for &r in &self.rdates {
            f(utc(r));
        }
        if let Some(y) = &self.yearly {
            for year in y0.max(self.start.year())..=y1 {
                if (year - self.start.year()) % y.interval != 0 {
                    continue;
                }
                let Some(day) = y.date_in(year) else { continue };
                let local = day.and_time(self.start.time());
                let t = utc(local);
                if local >= self.start && y.until_utc.is_none_or(|u| t <= u) {
                    f(t);
                }
            }
        }
    }
}

impl Yearly {
    fn read(
        r: &calcard::icalendar::ICalendarRecurrenceRule,
        start: NaiveDateTime,
        from: i64,
    ) -> Option<Yearly> {
        if r.freq != ICalendarFrequency::Yearly || r.bymonth.len() > 1 || r.byday.len() > 1 {
            return None;
        }
        let month = r
            .bymonth
            .first()
            .map_or(start.month(), |m| m.month() as u32);
        let day = match (r.byday.first(), r.bymonthday.as_slice()) {
            (Some(d), []) => DaySpec::Nth(d.ordwk?, weekday(&d.weekday)),
            (Some(d), days) if d.ordwk.is_none() => {
                DaySpec::WeekdayIn(weekday(&d.weekday), days.to_vec())
            }
            (None, [d]) => DaySpec::MonthDay(*d),
            (None, []) => DaySpec::MonthDay(start.day() as i8),
            _ => return None,
        };
        let until_utc = match &r.until {
            None => None,
            Some(u) => {
                let d = u.to_date_time()?;
                let t = d.date_time.and_utc().timestamp();
                Some(if u.has_zone() { t } else { t - from })
            }
        };
        Some(Yearly {
            month,
            day,
            interval: r.interval.unwrap_or(1).max(1) as i32,
            until_utc,
        })
    }

    fn date_in(&self, year: i32) -> Option<NaiveDate> {
        let first = NaiveDate::from_ymd_opt(year, self.month, 1)?;
        let last = first
            .checked_add_months(chrono::Months::new(1))?
            .pred_opt()?;
        match &self.day {
            DaySpec::Nth(n, wd) if *n > 0 => {
                let d = NaiveDate::from_weekday_of_month_opt(year, self.month, *wd, *n as u8)?;
                Some(d)
            }
            DaySpec::Nth(n, wd) => {
                let back = (7 + last.weekday().num_days_from_monday() as i64
                    - wd.num_days_from_monday() as i64)
                    % 7;
                let d = last - TimeDelta::days(back + 7 * (-(*n as i64) - 1));
                (d.month() == self.month).then_some(d)
            }
            DaySpec::WeekdayIn(wd, days) => {
                first.iter_days().take_while(|d| *d <= last).find(|d| {
                    d.weekday() == *wd
                        && days.iter().any(|&k| {
                            let k = k as i64;
                            let dom = if k > 0 { k } else { last.day() as i64 + 1 + k };
                            dom == d.day() as i64
                        })
                })
            }
            DaySpec::MonthDay(k) => {
                let k = *k as i64;
                let dom = if k > 0 { k } else { last.day() as i64 + 1 + k };
                NaiveDate::from_ymd_opt(year, self.month, u32::try_from(dom).ok()?)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::Zone;
    use super::super::Zones;

    use crate::time::testing::{local, utc};

    use super::super::testing::zones_of;

    #[test]
    fn a_zone_only_the_file_defines_is_evaluated_from_its_rules() {
        let (cal, user) = zones_of(
            "BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:GMT +0100 (Standard) / GMT +0200 (Daylight)\r\n\
             BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n\
             RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n\
             BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n\
             RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\nEND:VCALENDAR\r\n",
        );
        let zones = Zones::new(&cal, user);
        let z = zones.named("GMT +0100 (Standard) / GMT +0200 (Daylight)", 1);
        assert!(matches!(z, Zone::Rules(_)));
        assert_eq!(
            z.to_utc(local("2015-07-03 10:00")),
            Some(utc("2015-07-03 08:00"))
        );
        assert_eq!(
            z.to_utc(local("2015-01-05 10:00")),
            Some(utc("2015-01-05 09:00"))
        );
        // The same gap and overlap rules as for IANA zones (2024-03-31, 2024-10-27).
        assert_eq!(
            z.to_utc(local("2024-03-31 02:30")),
            Some(utc("2024-03-31 01:30"))
        );
        assert_eq!(
            z.to_utc(local("2024-10-27 02:30")),
            Some(utc("2024-10-27 00:30"))
        );
        assert!(zones.take_unknown().is_empty());
    }

    #[test]
    fn one_off_onsets_and_fixed_offsets_from_the_file() {
        let (cal, user) = zones_of(
            "BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:MyTimezone\r\n\
             BEGIN:STANDARD\r\nTZOFFSETFROM:+1000\r\nTZOFFSETTO:+1200\r\nDTSTART:20240101T000000\r\nEND:STANDARD\r\n\
             BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+1200\r\nTZOFFSETTO:+1000\r\nDTSTART:20240505T080000\r\nEND:DAYLIGHT\r\n\
             END:VTIMEZONE\r\nEND:VCALENDAR\r\n",
        );
        let zones = Zones::new(&cal, user);
        let z = zones.named("MyTimezone", 1);
        assert_eq!(
            z.to_utc(local("2024-03-03 08:00")),
            Some(utc("2024-03-02 20:00"))
        );
        assert_eq!(
            z.to_utc(local("2024-08-03 08:00")),
            Some(utc("2024-08-02 22:00"))
        );
        // 07:00 on 05-05 happens twice (08:00 +12 falls back to 06:00 +10): the first.
        assert_eq!(
            z.to_utc(local("2024-05-05 07:00")),
            Some(utc("2024-05-04 19:00"))
        );
    }
}
