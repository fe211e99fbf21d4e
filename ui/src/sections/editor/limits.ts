// The entry's size limits as the user meets them while typing. The limits are the core's
// (`reference().limits`); this only measures the text against them and words the refusal of a
// paste that would not fit, so nothing is cut off silently.

/** A counter shows from this share of a limit on, so it appears only when it matters. */
export const NEAR_LIMIT = 0.9;

const encoder = new TextEncoder();

/** Bytes of UTF-8, as the core counts a body. Cheap when the text is far from `limit`. */
export function bodyBytes(text: string, limit: number): number {
  // A UTF-16 unit is at most 3 bytes of UTF-8: far below the limit, an estimate is enough.
  if (text.length * 3 < limit * NEAR_LIMIT) return text.length;
  return encoder.encode(text).length;
}

/** "1,001 of 1,024 KiB" once `used` is near `limit`, else null. */
export function counterText(used: number, limit: number, unit: 'characters' | 'KiB'): string | null {
  if (used < limit * NEAR_LIMIT) return null;
  const n = (x: number) => (unit === 'KiB' ? Math.ceil(x / 1024) : x).toLocaleString();
  return `${n(used)} of ${n(limit)} ${unit}`;
}

/** What the field would hold with `pasted` replacing the selection. */
export function afterPaste(value: string, start: number, end: number, pasted: string): string {
  return value.slice(0, start) + pasted + value.slice(end);
}

export function titlePasteRefusal(pasted: string, result: string, limit: number): string | null {
  if (result.length <= limit) return null;
  return (
    `Nothing was pasted: the title would be ${result.length.toLocaleString()} characters, and it holds ${limit.toLocaleString()}. ` +
    `Paste ${pasted.length > limit ? 'the text' : 'it'} into the body and keep the title short.`
  );
}

export function bodyPasteRefusal(pastedBytes: number, resultBytes: number, limit: number): string | null {
  if (resultBytes <= limit) return null;
  const kib = (b: number) => Math.ceil(b / 1024).toLocaleString();
  return (
    `Nothing was pasted: the text you pasted is ${kib(pastedBytes)} KiB, and with it this entry would be ` +
    `${kib(resultBytes)} KiB, over the limit of ${kib(limit)} KiB. Split it into several entries.`
  );
}
