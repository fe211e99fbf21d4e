//! `waypoint`: the one command users type. With a subcommand it runs the command line (built
//! on the core alone: no GTK or WebKit is loaded); with none it hands over to the app,
//! `waypoint-app`, installed beside it.

use clap::Parser;
use waypoint::cli;

fn main() {
    let args = cli::Args::parse();
    match args.command {
        None => std::process::exit(cli::open_app(args.data_dir.as_deref())),
        Some(command) => {
            let data_dir = waypoint_core::paths::data_dir(args.data_dir);
            std::process::exit(cli::run(command, &data_dir, args.passphrase_fd))
        }
    }
}
