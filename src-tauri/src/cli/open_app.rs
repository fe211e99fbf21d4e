//! `waypoint` with no subcommand opens the app: `waypoint-app`, installed beside it. The
//! command line itself links the core alone, so a scripted call never loads GTK and WebKit.

use std::path::Path;
use std::process::Command;

/// Starts the app on the same data folder; returns an exit code only if it could not.
pub fn open_app(data_dir: Option<&Path>) -> i32 {
    let app = match std::env::current_exe() {
        Ok(exe) => exe.with_file_name(format!("waypoint-app{}", std::env::consts::EXE_SUFFIX)),
        Err(e) => {
            eprintln!("waypoint: cannot tell where this program is installed ({e}), so the app cannot be found.");
            return 1;
        }
    };
    if !app.is_file() {
        eprintln!(
            "waypoint: the app is missing: {} should be installed beside this command. \
             Reinstall Waypoint (or run `make run` in a source checkout).",
            app.display()
        );
        return 1;
    }
    let mut command = Command::new(&app);
    if let Some(dir) = data_dir {
        command.arg("--data-dir").arg(dir);
    }
    hand_over(command, &app)
}

/// The app takes this process's place (same pid, so whoever started `waypoint` can signal it).
#[cfg(unix)]
fn hand_over(mut command: Command, app: &Path) -> i32 {
    use std::os::unix::process::CommandExt;
    let e = command.exec();
    eprintln!("waypoint: could not start {}: {e}", app.display());
    1
}

#[cfg(not(unix))]
fn hand_over(mut command: Command, app: &Path) -> i32 {
    match command.status() {
        Ok(status) => status.code().unwrap_or(1),
        Err(e) => {
            eprintln!("waypoint: could not start {}: {e}", app.display());
            1
        }
    }
}
