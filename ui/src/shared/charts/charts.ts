// Data shaping and theme colours for the charts, kept apart from Chart.js so it can be tested
// without a canvas. The chart components draw what these functions return.
import type { RadarAxis, RatingPoint } from '../../api/bindings';
import { formatDate } from '../dates';

/** Shown for a competency without a rating, in tables and tooltips. */
export const NO_RATING = '—';

export interface ChartPalette {
  accent: string;
  muted: string;
  grid: string;
  /** The target level's ring. */
  target: string;
  text: string;
  surface: string;
  font: string;
}

/** The theme's colours, read from the CSS variables on the root element. */
export function readPalette(root: HTMLElement = document.documentElement): ChartPalette {
  const css = getComputedStyle(root);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    accent: v('--accent', '#24639c'),
    muted: v('--text-muted', '#595f69'),
    // Its own token: the border colour vanishes on a dark canvas.
    grid: v('--chart-grid', '#cfc9be'),
    target: v('--star', '#a5650b'),
    text: v('--text', '#1f2328'),
    surface: v('--surface', '#ffffff'),
    font: v('--font-ui', 'system-ui, sans-serif'),
  };
}

/** A `#rgb`/`#rrggbb` colour at `alpha` opacity, for fills under the lines (canvas colours
 * cannot use `color-mix`). Other notations are returned unchanged. */
export function withAlpha(colour: string, alpha: number): string {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!m) return colour;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/**
 * Calls `onchange` whenever the theme on `<html data-theme>` changes (also when "system"
 * follows the OS, which rewrites the same attribute). Returns a function that stops watching.
 */
export function watchTheme(onchange: () => void, root: HTMLElement = document.documentElement): () => void {
  const observer = new MutationObserver(onchange);
  observer.observe(root, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

/** What `drawThemed` takes down again: a Chart.js chart. */
export interface Drawn {
  destroy(): void;
}

/**
 * Draws with the theme's colours, draws again whenever the theme changes, and returns the
 * function that stops watching and takes the drawing down (a Svelte attachment's cleanup).
 * `draw` makes the Chart.js chart, so this file stays free of Chart.js and testable without a canvas.
 */
export function drawThemed(draw: (palette: ChartPalette) => Drawn): () => void {
  let drawn = draw(readPalette());
  const stop = watchTheme(() => {
    drawn.destroy();
    drawn = draw(readPalette());
  });
  return () => {
    stop();
    drawn.destroy();
  };
}

/** Splits a long axis name into lines of about `width` characters, at spaces; a longer word
 * keeps a line of its own. */
export function wrapLabel(text: string, width = 18): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Characters per line of a radar axis name: narrow beside a tall web, wide on a short one
 * (the home card's), where height is what runs out. */
export const RADAR_LABEL_WIDTH = 13;
export const SHORT_RADAR_LABEL_WIDTH = 24;

export interface RadarSeries {
  labels: string[][];
  /** Unrated axes are drawn at 0, the chart's centre. */
  latest: number[];
  previous: number[];
  anyRated: boolean;
  anyPrevious: boolean;
}

export function radarSeries(axes: RadarAxis[], labelWidth = RADAR_LABEL_WIDTH): RadarSeries {
  return {
    // Whole names in lines of `labelWidth`, so none is ever cut.
    labels: axes.map((a) => wrapLabel(a.name, labelWidth)),
    latest: axes.map((a) => a.latest ?? 0),
    previous: axes.map((a) => a.previous ?? 0),
    anyRated: axes.some((a) => a.latest !== null),
    anyPrevious: axes.some((a) => a.previous !== null),
  };
}

export interface RadarRow {
  id: number;
  name: string;
  latest: string;
  previous: string;
}

/** The radar's numbers as table rows, for screen readers and tests. */
export function radarRows(axes: RadarAxis[]): RadarRow[] {
  return axes.map((a) => ({
    id: a.competency_id,
    name: a.name,
    latest: a.latest === null ? NO_RATING : String(a.latest),
    previous: a.previous === null ? NO_RATING : String(a.previous),
  }));
}

/** Local midnight of a `YYYY-MM-DD` day, as a time value for a linear axis. */
export function dayValue(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d).getTime();
}

export interface HistoryPoint {
  x: number;
  y: number;
  date: string;
  note: string;
}

/** One point per rating, oldest first, at its day. */
export function historySeries(history: RatingPoint[]): HistoryPoint[] {
  return [...history]
    .sort((a, b) => a.rated_on.localeCompare(b.rated_on) || a.review_id - b.review_id)
    .map((p) => ({ x: dayValue(p.rated_on), y: p.rating, date: p.rated_on, note: p.note }));
}

export interface HistoryRow {
  date: string;
  rating: string;
  note: string;
}

export function historyRows(history: RatingPoint[]): HistoryRow[] {
  return historySeries(history).map((p) => ({ date: formatDate(p.date), rating: String(p.y), note: p.note }));
}

/** The x range for the history line: a day either side, so one rating is not drawn at the edge. */
export function historyRange(points: HistoryPoint[]): { min: number; max: number } | null {
  if (points.length === 0) return null;
  const day = 24 * 60 * 60 * 1000;
  const xs = points.map((p) => p.x);
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  const pad = Math.max(day, (max - min) * 0.04);
  return { min: min - pad, max: max + pad };
}
