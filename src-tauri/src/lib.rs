//! The shell around the core, minus the window: the command line (`cli`), the one place
//! the clock and the computer's zone are read (`clock`), and where exports go (`exports`). Nothing here uses Tauri, so the
//! `waypoint` command never loads the GUI libraries; the window is `waypoint-app` (src/app/).

pub mod cli;
pub mod clock;
pub mod exports;
