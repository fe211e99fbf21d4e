//! The user's data out of Waypoint and back in: everything as one JSON file (`json`), which a
//! new, empty journal takes back exactly. (Importers from other journals and the folder of
//! Markdown files go here too.)

pub mod json;

pub use json::{FORMAT, VERSION};
