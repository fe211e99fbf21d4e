//! The user's data out of Waypoint and back in: everything as one JSON file (`json`), which a
//! new, empty journal takes back exactly; a folder of Markdown files other tools open
//! (`markdown_folder`); entries from the journals people leave (`jrnl`).

pub mod jrnl;
pub mod json;
mod markdown_folder;

pub use json::{FORMAT, VERSION};
