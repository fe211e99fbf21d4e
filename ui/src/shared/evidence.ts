// How much evidence something has, in words: "1 entry", "3 entries, 1 document".

export function evidenceLabel(entries: number, documents = 0): string {
  const e = entries === 1 ? '1 entry' : `${entries} entries`;
  if (documents === 0) return e;
  return `${e}, ${documents === 1 ? '1 document' : `${documents} documents`}`;
}
