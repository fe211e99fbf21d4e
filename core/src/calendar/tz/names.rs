//! Which zone a TZID names, resolved once per name for one VCALENDAR; unknown names get a
//! guess, and the guess is reported.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::str::FromStr;

use calcard::common::timezone::Tz as CalTz;
use calcard::common::PartialDateTime;
use calcard::icalendar::timezone::TzResolver;
use calcard::icalendar::{ICalendar, ICalendarComponent, ICalendarProperty};
use chrono::FixedOffset;

use super::vtimezone::Rules;
use super::zone::Zone;

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
            .and_then(|root| crate::calendar::event::other_text(root, "X-WR-TIMEZONE"))
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

    use super::super::testing::zones_of;

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
