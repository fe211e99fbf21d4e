/**
 * What the core will store for a typed tag (trimmed, without a leading `#`/`@`, lower case),
 * so the chips show the saved form. The core still validates it and explains a rejection.
 */
export function normaliseTag(raw: string): string {
  return raw.trim().replace(/^[#@]/, '').toLowerCase();
}
