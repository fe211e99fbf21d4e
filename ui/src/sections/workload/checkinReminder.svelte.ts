// The gentle weekly check-in reminder: asked of the core when the app starts and every half
// hour; shown on the home dashboard and the meeting-load screen until the check-in is saved or
// the user puts it away for the day. The desktop notification, when the user turned it on, is
// the app's (src-tauri/src/app/reminders.rs); its "Check in" arrives here as an event.
import { listen } from '@tauri-apps/api/event';
import { api } from '../../api';
import type { CheckInDue } from '../../api/bindings';

export const REMINDER_INTERVAL_MS = 30 * 60 * 1000;

const DISMISSED_KEY = 'waypoint.checkin-reminder.dismissed';

export const REMINDER_TITLE = 'Time for your weekly check-in';
/** The desktop notification's button was pressed: open the check-in form. */
export const OPEN_CHECKIN_EVENT = 'waypoint://open-checkin';

export const REMINDER_TEXT = 'Four numbers about your week, about ten seconds. It helps you see how meetings and stress move together.';

/** Shown when the core says the check-in is due and it was not put away today. */
export function reminderVisible(due: CheckInDue | null, dismissedOn: string | null, today: string): boolean {
  return !!due?.due && dismissedOn !== today;
}

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Private storage off: the reminder simply comes back next time.
  }
}

class CheckinReminder {
  due = $state<CheckInDue | null>(null);
  dismissedOn = $state<string | null>(read(DISMISSED_KEY));
  /** Today as the core said at the last check, so the day rolls over with the timer. */
  readonly today = $derived(this.due?.date ?? '');

  readonly visible = $derived(reminderVisible(this.due, this.dismissedOn, this.today));

  private inFlight: Promise<void> = Promise.resolve();
  private focusWanted = false;

  /** Checks now and every half hour; returns the function that stops. */
  start(): () => void {
    void this.check();
    const timer = setInterval(() => void this.check(), REMINDER_INTERVAL_MS);
    return () => clearInterval(timer);
  }

  /** Asks the core; a failure leaves the reminder as it was (it is only a reminder). */
  check(): Promise<void> {
    this.inFlight = api.checkinDue().then(
      (due) => this.update(due ?? null),
      () => undefined,
    );
    return this.inFlight;
  }

  /** Resolves when the check under way (if any) has answered, so a screen can draw once. */
  settled(): Promise<void> {
    return this.inFlight;
  }

  /** Takes a fresh answer (the load screen's overview carries one after every change). */
  update(due: CheckInDue | null): void {
    this.due = due;
  }

  /** Opens the form with `open` whenever the desktop notification's "Check in" is pressed;
   * resolves to the function that stops listening. */
  listenForDesktop(open: () => void): Promise<() => void> {
    return listen(OPEN_CHECKIN_EVENT, () => open());
  }

  /** Away for today; it comes back tomorrow while the check-in is still missing. */
  dismiss(): void {
    this.dismissedOn = this.today;
    write(DISMISSED_KEY, this.dismissedOn);
  }

  /** Goes to the meeting-load screen with the focus in the check-in form. */
  openForm(nav: { go: (view: 'workload') => void }): void {
    this.focusWanted = true;
    nav.go('workload');
  }

  /** True once after openForm(). */
  takeFocusRequest(): boolean {
    const wanted = this.focusWanted;
    this.focusWanted = false;
    return wanted;
  }
}

export const reminder = new CheckinReminder();
