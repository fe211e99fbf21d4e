// Commands reject with the core's `{kind, message, field?}`, whose message is written for the user.
// Anything else (a bug, a missing backend) still gets a readable sentence, never "[object Object]".
export function errorMessage(e: unknown): string {
  if (typeof e === 'string' && e.trim()) return e;
  if (e && typeof e === 'object' && 'message' in e && typeof e.message === 'string' && e.message.trim()) {
    return e.message;
  }
  return 'Something went wrong. Try again; if it keeps happening, restart Waypoint.';
}

/** The input field the core said its error is about (named as in the draft sent), if any. */
export function errorField(e: unknown): string | null {
  if (e && typeof e === 'object' && 'field' in e && typeof e.field === 'string') return e.field;
  return null;
}
