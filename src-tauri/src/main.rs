//! The `waypoint` binary: with no subcommand it opens the app; with one it runs the command
//! line (scripting, jrnl habits) and never starts a window.

// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod app;
mod cli;
mod clock;
mod commands;
mod shutdown;

use clap::Parser;

fn main() {
    let args = cli::Args::parse();
    let data_dir = waypoint_core::paths::data_dir(args.data_dir.clone());
    match args.command {
        None => app::run(data_dir),
        Some(command) => std::process::exit(cli::run(command, &data_dir)),
    }
}
