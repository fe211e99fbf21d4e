// The gentle weekly check-in reminder: asked of the core when the app starts and every half
// hour; shown on the home dashboard and the meeting-load screen until the check-in is saved or
// the user puts it away for the day. A desktop notification is tried once a day, never required.
import { api } from '../../api';
import type { CheckInDue } from '../../api/bindings';

export const REMINDER_INTERVAL_MS = 30 * 60 * 1000;

const DISMISSED_KEY = 'waypoint.checkin-reminder.dismissed';
const NOTIFIED_KEY = 'waypoint.checkin-reminder.notified';

export const REMINDER_TITLE = 'Time for your weekly check-in';
export const REMINDER_TEXT = 'Four numbers about your week, about ten seconds. It helps you see how meetings and stress move together.';

/** Shown when the core says the check-in is due and it was not put away today. */
export function reminderVisible(due: CheckInDue | null, dismissedOn: string | null, today: string): boolean {
  return !!due?.due && dismissedOn !== today;
}

/** A desktop notification at most once a day, and only while the reminder would show. */
export function shouldNotify(due: CheckInDue | null, dismissedOn: string | null, notifiedOn: string | null, today: string): boolean {
  return reminderVisible(due, dismissedOn, today) && notifiedOn !== today;
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

/**
 * Shows a desktop notification when the web Notification API exists and permission was already
 * granted. Never asks, never throws: returns whether one was shown.
 */
export function notifyDesktop(title: string, body: string): boolean {
  try {
    const N = (globalThis as { Notification?: typeof Notification }).Notification;
    if (typeof N !== 'function' || N.permission !== 'granted') return false;
    new N(title, { body, tag: 'waypoint-checkin' });
    return true;
  } catch {
    return false;
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
    if (shouldNotify(due, this.dismissedOn, read(NOTIFIED_KEY), this.today) && notifyDesktop(REMINDER_TITLE, REMINDER_TEXT)) {
      write(NOTIFIED_KEY, this.today);
    }
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
