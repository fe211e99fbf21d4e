//! One window per journal. With Waypoint open on a journal and another journal's window in
//! front, starting Waypoint again on the first journal opens no second window: the new
//! process hands over and exits, and the first window comes to the front with its focus.
//! The command line keeps working beside the open window, and the window finds what it wrote.
//! Runs under a D-Bus session bus (`make e2e` starts one), which the single-instance plugin
//! needs; focus is read from the X server (`xdotool`), as a window manager would see it.

use std::process::{Command, Stdio};

use waypoint_e2e::wait::{wait_until_blocking, EXIT_TIMEOUT};
use waypoint_e2e::{cli, within, App, TestDir, TEST_TIMEOUT, UI_TIMEOUT};

#[tokio::test]
async fn a_second_start_brings_the_open_window_to_the_front_and_the_cli_works_beside_it() {
    within(TEST_TIMEOUT, second_start()).await;
}

/// `xdotool ARGS...`, its output.
fn xdotool(args: &[&str]) -> Result<String, String> {
    let out = Command::new("xdotool")
        .args(args)
        .output()
        .map_err(|e| format!("xdotool cannot run ({e}): `make test-deps` installs it"))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
    } else {
        Err(format!(
            "xdotool {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

/// The windows a process has on screen: Waypoint's windows, told apart by their process.
fn windows_of(pid: u32) -> Vec<String> {
    let all = xdotool(&["search", "--onlyvisible", "--name", "^Waypoint$"]).unwrap_or_default();
    all.lines()
        .filter(|id| xdotool(&["getwindowpid", id]).is_ok_and(|p| p == pid.to_string()))
        .map(str::to_string)
        .collect()
}

/// Which process the window with the keyboard focus belongs to.
fn focused_pid() -> Result<u32, String> {
    let pid = xdotool(&["getwindowfocus", "getwindowpid"])?;
    pid.parse()
        .map_err(|e| format!("xdotool said {pid:?} ({e})"))
}

async fn second_start() {
    assert!(
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
        "no D-Bus session bus: run the end-to-end tests with `make e2e` (dbus-run-session)"
    );
    let first_dir = TestDir::new("one-instance");
    let first = App::launch(&first_dir).await;
    first.find("nav-journal").await;
    let first_pid = first.app_pid();
    let other_dir = TestDir::new("one-instance-other");
    let other = App::launch(&other_dir).await;
    other.find("nav-journal").await;
    let other_pid = other.app_pid();
    assert_ne!(first_pid, other_pid, "another journal opens its own window");
    let first_window = wait_until_blocking("the first window on screen", UI_TIMEOUT, || {
        windows_of(first_pid)
            .into_iter()
            .next()
            .ok_or_else(|| "none yet".to_string())
    })
    .expect("the first journal's window");
    // Its icon, for the panel: GDK sets the pixmap in WM_HINTS (and _NET_WM_ICON only when a
    // window manager asks; Xvfb has none).
    let hints = Command::new("xprop")
        .args(["-id", &first_window, "WM_HINTS"])
        .output()
        .expect("xprop runs (x11-utils)");
    assert!(
        String::from_utf8_lossy(&hints.stdout).contains("bitmap id # to use for icon"),
        "the window has its icon: {}",
        String::from_utf8_lossy(&hints.stdout)
    );

    // The other journal's window in front, as if the user had gone to it.
    let other_window = wait_until_blocking("the other window on screen", UI_TIMEOUT, || {
        windows_of(other_pid)
            .into_iter()
            .next()
            .ok_or_else(|| "none yet".to_string())
    })
    .expect("the other journal's window");
    xdotool(&["windowfocus", "--sync", &other_window]).expect("focus the other window");
    assert_eq!(focused_pid(), Ok(other_pid));

    // Waypoint started again on the first journal, as the launcher would.
    let mut again = Command::new(waypoint_e2e::app_binary())
        .arg("--data-dir")
        .arg(first_dir.data_dir())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("Waypoint starts again");
    let status = wait_until_blocking(
        "the second start to hand over and exit",
        EXIT_TIMEOUT,
        || {
            again
                .try_wait()
                .map_err(|e| e.to_string())?
                .ok_or_else(|| "still running".to_string())
        },
    )
    .unwrap_or_else(|e| {
        let _ = again.kill();
        panic!("{e}: a second window would have opened")
    });
    assert!(status.success(), "the second start exits cleanly: {status}");
    wait_until_blocking(
        "the first window to come to the front",
        UI_TIMEOUT,
        || match focused_pid()? {
            pid if pid == first_pid => Ok(()),
            pid => Err(format!("the focus is on process {pid}")),
        },
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        first.js("return document.hasFocus();").await,
        serde_json::json!(true),
        "the page in the first window has the focus"
    );
    assert_eq!(
        windows_of(first_pid).len(),
        1,
        "still one window for the journal"
    );

    // The command line beside the open window: it writes, and the window finds it.
    cli::said(
        &first_dir.data_dir(),
        None,
        &[
            "add",
            "Wrote this from the terminal while the window was open, zebracorn.",
        ],
    );
    first.click("nav-journal").await;
    first.type_into("search-input", "zebracorn").await;
    first.wait_count("entry-row", 1).await;
    first.screenshot("one-instance-cli-beside-window").await;
    other.close().await;
    first.close().await;
}
