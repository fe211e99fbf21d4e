//! `waypoint-app`: the desktop window (Tauri). Started by `waypoint` with no subcommand, or
//! directly; it takes only where the journal lives.

// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod handshake;
mod links;
mod one_instance;
mod reminders;
#[cfg(test)]
mod security_test;
mod shutdown;
mod vault;
mod window;

use std::path::PathBuf;

use clap::Parser;
// The shell's one clock, shared with the command line (`crate::clock::today()`).
use waypoint::{clock, exports};

#[derive(Parser, Debug)]
#[command(name = "waypoint-app", version, about = "The Waypoint window.")]
struct Args {
    /// Where the journal lives (default: $WAYPOINT_DATA_DIR, else the platform data folder).
    #[arg(long, value_name = "DIR")]
    data_dir: Option<PathBuf>,
}

fn main() {
    let args = Args::parse();
    window::run(waypoint_core::paths::data_dir(args.data_dir));
}
