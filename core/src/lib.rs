//! Waypoint's core: every rule of the product lives here, with no dependency on the app shell.
//!
//! The shell (`src-tauri`) and the command line call into [`Store`] and the free functions of
//! each module; nothing outside this crate touches SQL.

pub mod calendar;
pub mod competency;
pub mod dashboard;
pub mod documents;
pub mod error;
pub mod export;
/// Entry points for the fuzz targets in `fuzz/` and their replay test; not an API.
#[doc(hidden)]
pub mod fuzzing;
pub mod journal;
pub mod links;
pub mod markdown;
pub mod paths;
pub mod place;
pub mod plan;
pub mod prompts;
pub mod reference;
pub mod review;
pub mod roi;
pub mod sample_data;
pub mod search;
pub mod settings;
pub mod showcase;
pub mod store;
pub mod text_file;
pub mod time;
pub mod transfer;
pub mod workload;
pub mod writing;

pub use error::{Error, ErrorKind, Problem, Problems, Result};
pub use store::{KdfParams, Store};
