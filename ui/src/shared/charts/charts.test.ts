import { afterEach, describe, expect, test, vi } from 'vitest';
import type { RadarAxis } from '../../api/bindings';
import { RADAR_LABEL_WIDTH, dayValue, drawThemed, historyRange, historyRows, historySeries, radarRows, radarSeries, readPalette, watchTheme, withAlpha, wrapLabel } from './charts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const axis = (id: number, name: string, latest: number | null, previous: number | null): RadarAxis => ({
  competency_id: id,
  name,
  latest,
  previous,
});

afterEach(() => {
  delete document.documentElement.dataset.theme;
  document.documentElement.removeAttribute('style');
});

describe('radar data', () => {
  const axes = [axis(1, 'Coaching', 4, 3), axis(2, 'Business finance', null, null), axis(3, 'Strategic thinking', 2, null)];

  test('unrated axes sit at the centre (0); the previous ring is only drawn when there is one', () => {
    const s = radarSeries(axes);
    expect(s.latest).toEqual([4, 0, 2]);
    expect(s.previous).toEqual([3, 0, 0]);
    expect(s.anyRated).toBe(true);
    expect(s.anyPrevious).toBe(true);
    expect(radarSeries([axis(1, 'A', 3, null)]).anyPrevious).toBe(false);
    expect(radarSeries([axis(1, 'A', null, null)]).anyRated).toBe(false);
  });

  test('the table shows a dash for a missing rating, never 0', () => {
    expect(radarRows(axes)).toEqual([
      { id: 1, name: 'Coaching', latest: '4', previous: '3' },
      { id: 2, name: 'Business finance', latest: '—', previous: '—' },
      { id: 3, name: 'Strategic thinking', latest: '2', previous: '—' },
    ]);
  });

  test('long names wrap at spaces, whole', () => {
    expect(wrapLabel('Coaching')).toEqual(['Coaching']);
    expect(wrapLabel('Cross-functional collaboration', 18)).toEqual(['Cross-functional', 'collaboration']);
    expect(wrapLabel('Articulating technical decisions in business terms', 20)).toEqual(['Articulating', 'technical decisions', 'in business terms']);
  });
});

describe('history data', () => {
  const history = [
    { review_id: 7, rated_on: '2026-09-03', rating: 4, note: 'asked more' },
    { review_id: 2, rated_on: '2026-05-12', rating: 3, note: '' },
  ];

  test('points are oldest first, at local midnight of their day', () => {
    const pts = historySeries(history);
    expect(pts.map((p) => [p.date, p.y])).toEqual([
      ['2026-05-12', 3],
      ['2026-09-03', 4],
    ]);
    expect(new Date(pts[0].x).getHours()).toBe(0);
    expect(pts[0].x).toBe(dayValue('2026-05-12'));
    expect(historyRows(history).map((r) => [r.rating, r.note])).toEqual([
      ['3', ''],
      ['4', 'asked more'],
    ]);
  });

  test('the x range leaves room either side, also for a single rating', () => {
    const day = 86_400_000;
    const one = historySeries([history[1]]);
    expect(historyRange(one)).toEqual({ min: one[0].x - day, max: one[0].x + day });
    expect(historyRange([])).toBeNull();
  });
});

describe('theme colours', () => {
  test('hex colours get an alpha for fills; other notations pass through', () => {
    expect(withAlpha('#24639c', 0.5)).toBe('rgba(36, 99, 156, 0.5)');
    expect(withAlpha('#fff', 0.1)).toBe('rgba(255, 255, 255, 0.1)');
    expect(withAlpha('rgb(1 2 3)', 0.1)).toBe('rgb(1 2 3)');
  });

  test('the palette comes from the CSS variables on the root', () => {
    document.documentElement.style.setProperty('--accent', '#8ab4e8');
    document.documentElement.style.setProperty('--chart-grid', '#4b525e');
    const p = readPalette();
    expect(p.accent).toBe('#8ab4e8');
    expect(p.grid).toBe('#4b525e');
    // Unset variables fall back to the light theme's values.
    expect(p.text).toBe('#1f2328');
  });

  test('a change of data-theme calls back, until stopped', async () => {
    const onchange = vi.fn();
    const stop = watchTheme(onchange);
    document.documentElement.dataset.theme = 'dark';
    await Promise.resolve();
    expect(onchange).toHaveBeenCalledTimes(1);
    document.documentElement.setAttribute('lang', 'en');
    await Promise.resolve();
    expect(onchange).toHaveBeenCalledTimes(1);
    stop();
    document.documentElement.dataset.theme = 'light';
    await Promise.resolve();
    expect(onchange).toHaveBeenCalledTimes(1);
  });

  test('a themed drawing is drawn again in the new colours, and taken down for good when stopped', async () => {
    const drawn: { accent: string; destroyed: boolean }[] = [];
    const stop = drawThemed((p) => {
      const d = { accent: p.accent, destroyed: false };
      drawn.push(d);
      return { destroy: () => (d.destroyed = true) };
    });
    document.documentElement.style.setProperty('--accent', '#8ab4e8');
    document.documentElement.dataset.theme = 'dark';
    await Promise.resolve();
    expect(drawn.map((d) => [d.accent, d.destroyed])).toEqual([
      ['#24639c', true],
      ['#8ab4e8', false],
    ]);
    stop();
    document.documentElement.dataset.theme = 'light';
    await Promise.resolve();
    expect(drawn).toHaveLength(2);
    expect(drawn[1].destroyed).toBe(true);
  });
});

describe('the grid stays visible', () => {
  // The tokens as app.css writes them, light (the first block) and dark.
  const css = readFileSync(join(process.cwd(), 'src/app.css'), 'utf8');
  const themes = css.split(":root[data-theme='dark']");
  const token = (block: string, name: string) => new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(block)![1];
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };

  test.each([
    ['light', 0],
    ['dark', 1],
  ])('on the %s surface the chart grid stands out more than a border does', (_, i) => {
    const block = themes[i];
    const surface = token(block, '--surface');
    expect(contrast(token(block, '--chart-grid'), surface)).toBeGreaterThanOrEqual(1.6);
    expect(contrast(token(block, '--chart-grid'), surface)).toBeGreaterThan(contrast(token(block, '--border'), surface));
  });
});

test('radar names are wrapped whole, never cut, in narrow lines', () => {
  const long = 'Articulating technical decisions in business terms';
  const [label] = radarSeries([axis(1, long, 3, null)]).labels;
  expect(label.join(' ')).toBe(long);
  expect(label.every((line) => line.length <= RADAR_LABEL_WIDTH || !line.includes(' '))).toBe(true);
});
