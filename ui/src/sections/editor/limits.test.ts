import { expect, test } from 'vitest';
import { afterPaste, bodyBytes, bodyPasteRefusal, counterText, titlePasteRefusal } from './limits';

test('a body is measured in bytes of UTF-8 once it could be near the limit', () => {
  expect(bodyBytes('é'.repeat(400), 1000)).toBe(800);
  expect(bodyBytes('short', 1024 * 1024)).toBe(5);
});

test('the counter shows only near the limit', () => {
  expect(counterText(200, 300, 'characters')).toBeNull();
  expect(counterText(281, 300, 'characters')).toBe(`${(281).toLocaleString()} of ${(300).toLocaleString()} characters`);
  expect(counterText(1_000_000, 1_048_576, 'KiB')).toBe(`${(977).toLocaleString()} of ${(1024).toLocaleString()} KiB`);
  expect(counterText(2_000_000, 1_048_576, 'KiB')).toBe(`${(1954).toLocaleString()} of ${(1024).toLocaleString()} KiB`);
});

test('a paste that would not fit is refused with the sizes, one that fits is not', () => {
  expect(afterPaste('abcdef', 1, 3, 'XY')).toBe('aXYdef');
  expect(titlePasteRefusal('x', 'x'.repeat(300), 300)).toBeNull();
  const title = titlePasteRefusal('x'.repeat(419), 'x'.repeat(419), 300)!;
  expect(title).toContain('419 characters');
  expect(title).toContain('body');
  expect(bodyPasteRefusal(10, 1024 * 1024, 1024 * 1024)).toBeNull();
  const body = bodyPasteRefusal(2 * 1024 * 1024, 2 * 1024 * 1024 + 10, 1024 * 1024)!;
  expect(body).toContain((2048).toLocaleString() + ' KiB');
  expect(body).toContain('Split it');
});
