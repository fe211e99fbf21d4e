//! The one place Waypoint reads the clock and the computer's time zone. The core takes what
//! is read here as arguments (`today`, the zone) and a [`Clock`] for record stamps.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;
use waypoint_core::time::{self, Clock};

/// The real clock, for the store's record stamps.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// The computer's zone: `TZ` if it names an IANA zone, else the system setting, else UTC.
pub fn zone() -> Tz {
    let tz = std::env::var("TZ").ok();
    let system = iana_time_zone::get_timezone().ok();
    time::zone_from(tz.as_deref(), system.as_deref())
}

/// Now on the user's wall clock.
pub fn now() -> NaiveDateTime {
    Utc::now().with_timezone(&zone()).naive_local()
}

/// Today on the user's wall clock.
pub fn today() -> NaiveDate {
    time::today(Utc::now(), zone())
}
