//! The user's data out of Waypoint and back in: everything as one JSON file (`json`), which a
//! new, empty journal takes back exactly; entries from the journals people leave (`jrnl`).

pub mod jrnl;
pub mod json;

pub use json::{FORMAT, VERSION};
