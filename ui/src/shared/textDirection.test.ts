// Right-to-left text (Arabic, Hebrew) must line up in the fields as it does in the preview, so
// every text field says its direction: `auto` for what people write, `ltr` for dates, numbers,
// time zones and addresses. A field added without one fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(process.cwd(), 'src');
const components = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.svelte'));
const NOT_TEXT = /type="(checkbox|file|radio|range)"/;

test('every text field in the interface declares its writing direction', () => {
  const missing: string[] = [];
  let fields = 0;
  for (const file of components) {
    const source = readFileSync(join(root, file), 'utf8');
    for (const m of source.matchAll(/<(input|textarea)\b([\s\S]*?)\/?>/g)) {
      if (NOT_TEXT.test(m[2])) continue;
      fields++;
      if (!/\sdir="(auto|ltr)"/.test(m[2])) missing.push(`${file}:${source.slice(0, m.index).split('\n').length}`);
    }
  }
  expect(fields).toBeGreaterThan(20);
  expect(missing).toEqual([]);
});

test('the fields people write prose in follow the text (dir="auto")', () => {
  const prose = ['document-title', 'tag-input', 'glossary-terms', 'glossary-plain', 'template-name', 'template-purpose', 'milestone-title-input', 'milestone-note-input', 'checkin-note', 'review-note', 'prompt-add-input'];
  const all = components.map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
  for (const id of prose) {
    const field = new RegExp(`<(input|textarea)\\b[^>]*data-testid="${id}"[^>]*>`).exec(all)?.[0] ?? '';
    expect(field, id).toContain('dir="auto"');
  }
  // The text of entries, documents and templates is the one editor (its own test checks its
  // direction).
  expect(all.match(/<MarkdownEditor\b/g)?.length).toBe(3);
  // Every search box is the one component.
  const search = readFileSync(join(root, 'shared/components/SearchField.svelte'), 'utf8');
  expect(/<input\b[^>]*>/.exec(search)?.[0]).toContain('dir="auto"');
});
