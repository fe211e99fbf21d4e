// Commands reject with the core's `{kind, message}`, whose message is written for the user.
// Anything else (a bug, a missing backend) still gets a readable sentence, never "[object Object]".
export function errorMessage(e: unknown): string {
  if (typeof e === 'string' && e.trim()) return e;
  if (e && typeof e === 'object' && 'message' in e && typeof e.message === 'string' && e.message.trim()) {
    return e.message;
  }
  return 'Something went wrong. Try again; if it keeps happening, restart Waypoint.';
}
