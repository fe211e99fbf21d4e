//! Time zones: which zone a date-time in the file is in, and how a local wall time becomes a
//! UTC instant by RFC 5545's rules (a time in a DST gap uses the offset from before the gap; a
//! time that occurs twice is the first one).
//!
//! Names are resolved by calcard first (IANA, Windows/Outlook names, VTIMEZONE hints such as
//! X-LIC-LOCATION); calcard never evaluates a VTIMEZONE's own rules, so a zone only the file
//! defines ("Customized Time Zone", "GMT +0100 (Standard) / GMT +0200 (Daylight)") is
//! evaluated here from its STANDARD/DAYLIGHT observances.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::str::FromStr;

use calcard::common::timezone::Tz as CalTz;
use calcard::common::PartialDateTime;
use calcard::icalendar::timezone::TzResolver;
use calcard::icalendar::{
    ICalendar, ICalendarComponent, ICalendarComponentType, ICalendarFrequency, ICalendarProperty,
    ICalendarValue, ICalendarWeekday,
};
use chrono::{
    DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, Offset, TimeDelta, TimeZone, Weekday,
};

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

    fn from_calcard(tz: CalTz) -> Option<Zone> {
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

    fn is_utc(&self) -> bool {
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

/// A VTIMEZONE's observances, enough to evaluate the yearly rules real exports use
/// (`FREQ=YEARLY;BYMONTH=m;BYDAY=-1SU` and the like) and one-off onsets (DTSTART, RDATE).
#[derive(Debug)]
pub(crate) struct Rules {
    name: String,
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
    fn offset_at(&self, utc: i64) -> i64 {
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

    fn candidates(&self, local: NaiveDateTime) -> Vec<i64> {
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

/// "UTC+11", "GMT-05:00", "UTC+5:30", "GMT": names that are nothing but an offset.
fn offset_name(name: &str) -> Option<Zone> {
    let n = name.trim();
    let rest = ["UTC", "GMT"]
        .iter()
        .find_map(|p| {
            n.get(..3)
                .filter(|h| h.eq_ignore_ascii_case(p))
                .map(|_| &n[3..])
        })?
        .trim();
    if rest.is_empty() {
        return Some(Zone::utc());
    }
    let (sign, digits) = match rest.as_bytes()[0] {
        b'+' => (1, &rest[1..]),
        b'-' => (-1, &rest[1..]),
        _ => return None,
    };
    let digits = digits.trim();
    let (h, m) = match digits.split_once(':') {
        Some((h, m)) => (h, m),
        None if digits.len() > 2 => digits.split_at(digits.len() - 2),
        None => (digits, "0"),
    };
    let (h, m): (i32, i32) = (h.parse().ok()?, m.parse().ok()?);
    if !(0..=14).contains(&h) || !(0..60).contains(&m) {
        return None;
    }
    FixedOffset::east_opt(sign * (h * 3600 + m * 60)).map(Zone::Fixed)
}

/// `/freeassociation.sourceforge.net/Tzfile/Europe/Berlin` and similar: a vendor prefix in
/// front of an IANA name.
fn iana_suffix(name: &str) -> Option<Zone> {
    let parts: Vec<&str> = name.split('/').filter(|p| !p.is_empty()).collect();
    (2..=3.min(parts.len())).rev().find_map(|k| {
        let candidate = parts[parts.len() - k..].join("/");
        chrono_tz::Tz::from_str(&candidate).ok().map(Zone::Iana)
    })
}

/// An unknown TZID met while reading, reported once per name.
#[derive(Debug)]
pub(crate) struct UnknownZone {
    pub name: String,
    /// The first component that used it (for the line and UID).
    pub first_comp: u32,
    pub events: usize,
    pub read_as: String,
    pub why: &'static str,
    last_comp: u32,
    zone: Zone,
}

/// Zone resolution for one VCALENDAR.
pub(crate) struct Zones<'c> {
    cal: &'c ICalendar,
    resolver: TzResolver<&'c str>,
    vtimezones: HashMap<&'c str, &'c ICalendarComponent>,
    default: Zone,
    default_why: &'static str,
    cache: RefCell<HashMap<String, Option<Zone>>>,
    unknown: RefCell<Vec<UnknownZone>>,
}

impl<'c> Zones<'c> {
    pub(crate) fn new(cal: &'c ICalendar, user_tz: chrono_tz::Tz) -> Self {
        let xwr = cal
            .components
            .first()
            .and_then(|root| super::event::other_text(root, "X-WR-TIMEZONE"))
            .and_then(|s| CalTz::from_str(s.trim()).ok())
            .and_then(Zone::from_calcard);
        let (default, default_why) = match xwr {
            Some(z) => (z, "the calendar's X-WR-TIMEZONE"),
            None => (Zone::Iana(user_tz), "your time zone"),
        };
        let vtimezones = cal
            .timezones()
            .filter_map(|c| {
                let id = c
                    .property(&ICalendarProperty::Tzid)?
                    .values
                    .first()?
                    .as_text()?;
                Some((id, c))
            })
            .collect();
        Zones {
            cal,
            resolver: cal.build_tz_resolver(),
            vtimezones,
            default,
            default_why,
            cache: RefCell::new(HashMap::new()),
            unknown: RefCell::new(Vec::new()),
        }
    }

    /// For floating times and all-day dates: X-WR-TIMEZONE, else the user's zone.
    pub(crate) fn default_zone(&self) -> &Zone {
        &self.default
    }

    /// The zone of a value: its own offset (`Z`), else its TZID, else the default.
    pub(crate) fn of(&self, p: &PartialDateTime, tzid: Option<&str>, comp: u32) -> Zone {
        if let Some(z) = Zone::of_value(p) {
            return z;
        }
        match tzid {
            Some(name) => self.named(name, comp),
            None => self.default.clone(),
        }
    }

    fn known(&self, name: &str) -> Option<Zone> {
        if let Some(z) = self.cache.borrow().get(name) {
            return z.clone();
        }
        let z = self
            .resolver
            .resolve(name)
            .and_then(Zone::from_calcard)
            .or_else(|| iana_suffix(name))
            .or_else(|| {
                let vtz = self.vtimezones.get(name)?;
                Rules::read(name, vtz, self.cal).map(|r| Zone::Rules(Rc::new(r)))
            })
            .or_else(|| offset_name(name));
        self.cache.borrow_mut().insert(name.to_string(), z.clone());
        z
    }

    /// A TZID. Unknown names get a guess, and the guess is reported.
    pub(crate) fn named(&self, name: &str, comp: u32) -> Zone {
        if let Some(z) = self.known(name) {
            return z;
        }
        if let Some(u) = self
            .unknown
            .borrow_mut()
            .iter_mut()
            .find(|u| u.name == name)
        {
            if u.last_comp != comp {
                u.events += 1;
                u.last_comp = comp;
            }
            return u.zone.clone();
        }
        let (zone, why) = self.guess(name);
        self.unknown.borrow_mut().push(UnknownZone {
            name: name.to_string(),
            first_comp: comp,
            events: 1,
            read_as: zone.name(),
            why,
            last_comp: comp,
            zone: zone.clone(),
        });
        zone
    }

    /// For a name nothing resolves: the file's only other (non-UTC) zone, as Exchange writes
    /// "Customized Time Zone" beside the real definition; else the default zone.
    fn guess(&self, name: &str) -> (Zone, &'static str) {
        let mut others: Vec<(String, Zone)> = Vec::new();
        for (&id, _) in self.vtimezones.iter().filter(|(&id, _)| id != name) {
            if let Some(z) = self.known(id).filter(|z| !z.is_utc()) {
                let n = z.name();
                if !others.iter().any(|(m, _)| *m == n) {
                    others.push((n, z));
                }
            }
        }
        if others.len() == 1 {
            let (_, z) = others.remove(0);
            return (z, "the calendar's only other time zone");
        }
        (self.default.clone(), self.default_why)
    }

    pub(crate) fn take_unknown(&self) -> Vec<UnknownZone> {
        std::mem::take(&mut self.unknown.borrow_mut())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    fn utc(s: &str) -> i64 {
        local(s).and_utc().timestamp()
    }

    #[test]
    fn gaps_use_the_offset_before_and_overlaps_the_first_instant() {
        let berlin = Zone::Iana(chrono_tz::Europe::Berlin);
        // 2024-03-31 02:30 does not exist in Berlin: read with +01:00.
        assert_eq!(
            berlin.to_utc(local("2024-03-31 02:30")),
            Some(utc("2024-03-31 01:30"))
        );
        // 2024-10-27 02:30 happens twice: the first (CEST, +02:00).
        assert_eq!(
            berlin.to_utc(local("2024-10-27 02:30")),
            Some(utc("2024-10-27 00:30"))
        );
        let ny = Zone::Iana(chrono_tz::America::New_York);
        assert_eq!(
            ny.to_utc(local("2024-11-03 01:30")),
            Some(utc("2024-11-03 05:30"))
        );
        assert_eq!(
            ny.to_local(utc("2024-11-03 06:30")),
            Some(local("2024-11-03 01:30"))
        );
    }

    #[test]
    fn offset_names_and_vendor_prefixes() {
        assert_eq!(offset_name("UTC+11").unwrap().name(), "UTC+11:00");
        assert_eq!(offset_name("GMT-05:30").unwrap().name(), "UTC-05:30");
        assert_eq!(offset_name("utc").unwrap().name(), "UTC");
        assert!(offset_name("GMT +0100 (Standard) / GMT +0200 (Daylight)").is_none());
        assert!(offset_name("Customized Time Zone").is_none());
        assert_eq!(
            iana_suffix("/freeassociation.sourceforge.net/Europe/Berlin")
                .unwrap()
                .name(),
            "Europe/Berlin"
        );
        assert_eq!(
            iana_suffix("/x/Tzfile/America/Argentina/Buenos_Aires")
                .unwrap()
                .name(),
            "America/Argentina/Buenos_Aires"
        );
    }

    fn zones_of(ics: &str) -> (ICalendar, chrono_tz::Tz) {
        let cal = ICalendar::parse(ics).expect("calendar");
        (cal, chrono_tz::Asia::Tokyo)
    }

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

    #[test]
    fn unknown_names_fall_back_and_are_reported_once() {
        let (cal, user) =
            zones_of("BEGIN:VCALENDAR\r\nX-WR-TIMEZONE:America/New_York\r\nEND:VCALENDAR\r\n");
        let zones = Zones::new(&cal, user);
        assert_eq!(zones.named("Nowhere", 3).name(), "America/New_York");
        zones.named("Nowhere", 3);
        zones.named("Nowhere", 5);
        let u = zones.take_unknown();
        assert_eq!(u.len(), 1);
        assert_eq!((u[0].first_comp, u[0].events), (3, 2));
        assert_eq!(u[0].why, "the calendar's X-WR-TIMEZONE");
    }
}
