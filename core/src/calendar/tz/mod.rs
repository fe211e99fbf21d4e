//! Time zones: which zone a date-time in the file is in, and how a local wall time becomes a
//! UTC instant by RFC 5545's rules (a time in a DST gap uses the offset from before the gap; a
//! time that occurs twice is the first one).
//!
//! - `zone`: a [`Zone`] and its conversions between wall time and UTC;
//! - `vtimezone`: a VTIMEZONE evaluated from its own STANDARD/DAYLIGHT observances, for zones
//!   only the file defines ("Customized Time Zone", "GMT +0100 (Standard) / …");
//! - `names`: which zone a TZID names (calcard's resolver for IANA, Windows/Outlook names and
//!   X-LIC-LOCATION, then vendor prefixes, the file's own rules, bare offsets), with unknown
//!   names guessed and reported.

mod names;
mod vtimezone;
mod zone;

pub(crate) use names::Zones;
pub(crate) use zone::Zone;

#[cfg(test)]
mod testing {
    use calcard::icalendar::ICalendar;

    /// A parsed calendar, and the user's zone the tests read it in (one no test file uses).
    pub(super) fn zones_of(ics: &str) -> (ICalendar, chrono_tz::Tz) {
        let cal = ICalendar::parse(ics).expect("calendar");
        (cal, chrono_tz::Asia::Tokyo)
    }
}
