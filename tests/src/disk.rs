//! What the app saved, read through the core on a second connection to its database file
//! (the other way is the app's own command line, [`crate::cli`]).

use std::path::Path;

use chrono::{DateTime, Local, NaiveDate};
use waypoint_core::time::FixedClock;
use waypoint_core::Store;

/// The app's database in `data_dir`. Tests only read, so record stamps never matter.
pub fn store(data_dir: &Path) -> waypoint_core::Result<Store> {
    Store::open_in_dir(data_dir, Box::new(FixedClock(DateTime::UNIX_EPOCH)))
}

/// Today as the app under test sees it: the real date on this computer's wall clock.
pub fn today() -> NaiveDate {
    Local::now().date_naive()
}
