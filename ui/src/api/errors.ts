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

export interface FieldProblem {
  field: string;
  message: string;
}

/** Every field the core rejected, each with its message: `problems` when there were several,
 * else the one error's field. Empty when the error is about no field. */
export function errorProblems(e: unknown): FieldProblem[] {
  if (e && typeof e === 'object' && 'problems' in e && Array.isArray(e.problems)) {
    return e.problems.filter(
      (p): p is FieldProblem => !!p && typeof p.field === 'string' && typeof p.message === 'string',
    );
  }
  const field = errorField(e);
  return field ? [{ field, message: errorMessage(e) }] : [];
}

/** The message's first line: a summary when several problems are listed below it. */
export function errorSummary(e: unknown): string {
  return errorMessage(e).split('\n')[0];
}
