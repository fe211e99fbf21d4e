//! Check-in reminders on the desktop. A timer thread asks the core when the next reminder is
//! (`Store::next_reminder`, on the wall clock), waits for it, and shows a notification through
//! the desktop's notification service (freedesktop D-Bus; notify-rust) with a "Check in"
//! button, which brings the window to the front and opens the check-in form. The core records
//! each one shown, so it comes once a week. A desktop without the service only loses the
//! notification: the reminder still shows in the app, and nothing is reported as an error.

use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use tauri::{AppHandle, Emitter, Manager, Runtime};
use waypoint_core::workload::{REMINDER_TEXT, REMINDER_TITLE};

use crate::vault::{Journal, Vault};

/// Tells the page to open the check-in form (the notification's button was pressed).
pub const OPEN_CHECKIN_EVENT: &str = "waypoint://open-checkin";
const CHECK_IN_ACTION: &str = "check-in";
/// The longest the timer sleeps before asking again: a changed wall clock (a suspended laptop,
/// a new zone) or a journal unlocked meanwhile is noticed within a minute.
const AT_MOST: Duration = Duration::from_secs(60);

/// Wakes the timer early: the reminder settings changed.
#[derive(Default)]
pub struct Reminders {
    changed: Mutex<bool>,
    wake: Condvar,
}

impl Reminders {
    pub fn settings_changed(&self) {
        if let Ok(mut changed) = self.changed.lock() {
            *changed = true;
            self.wake.notify_all();
        }
    }

    /// Sleeps for `d`, or until the settings change.
    fn sleep(&self, d: Duration) {
        let Ok(changed) = self.changed.lock() else {
            return std::thread::sleep(d);
        };
        if let Ok((mut changed, _)) = self.wake.wait_timeout_while(changed, d, |c| !*c) {
            *changed = false;
        }
    }
}

pub fn start<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    std::thread::spawn(move || loop {
        let now = crate::clock::now();
        let vault = Arc::clone(&app.state::<Arc<Vault>>());
        let next = match vault.journal().as_deref_mut() {
            Ok(Journal::Open(store)) => store.next_reminder(now).ok().flatten(),
            _ => None,
        };
        match next {
            Some(at) if at <= now => {
                show(&app);
                if let Ok(Journal::Open(store)) = vault.journal().as_deref_mut() {
                    if let Err(e) = store.reminder_shown(now) {
                        eprintln!("waypoint: the reminder shown was not noted: {}", e.message);
                    }
                }
            }
            Some(at) => {
                let wait = (at - now).to_std().unwrap_or_default().min(AT_MOST);
                app.state::<Reminders>().sleep(wait);
            }
            None => app.state::<Reminders>().sleep(AT_MOST),
        }
    });
}

/// Shows the notification and waits, on its own thread, for its button.
fn show<R: Runtime>(app: &AppHandle<R>) {
    let shown = notify_rust::Notification::new()
        .appname("Waypoint")
        .summary(REMINDER_TITLE)
        .body(REMINDER_TEXT)
        .icon("waypoint")
        .action(CHECK_IN_ACTION, "Check in")
        .show();
    match shown {
        Ok(handle) => {
            let app = app.clone();
            std::thread::spawn(move || {
                handle.wait_for_action(|action| {
                    // "default": the notification itself was clicked.
                    if action == CHECK_IN_ACTION || action == "default" {
                        crate::one_instance::bring_to_front(&app);
                        if let Err(e) = app.emit(OPEN_CHECKIN_EVENT, ()) {
                            eprintln!("waypoint: the check-in form could not be opened: {e}");
                        }
                    }
                });
            });
        }
        Err(e) => eprintln!(
            "waypoint: the desktop did not take the check-in reminder ({e}); it shows in the app"
        ),
    }
}
