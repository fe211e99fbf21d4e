// Chart.js with only the parts Waypoint draws: a radar, a line over time, and weekly bars with
// lines over them. Registered once, whichever chart is shown first.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
} from 'chart.js';
import type { ChartPalette } from './charts';

Chart.register(
  RadarController,
  LineController,
  BarController,
  RadialLinearScale,
  LinearScale,
  CategoryScale,
  PointElement,
  LineElement,
  BarElement,
  Filler,
  Tooltip,
);

// No animation: no layout jumps, and screenshots are the same every time.
Chart.defaults.animation = false;

/** Tooltip colours that follow the theme, like the app's own popovers. */
export function tooltipTheme(p: ChartPalette) {
  return {
    backgroundColor: p.surface,
    titleColor: p.text,
    bodyColor: p.text,
    borderColor: p.grid,
    borderWidth: 1,
    padding: 8,
    displayColors: false,
    titleFont: { family: p.font, weight: 600 as const },
    bodyFont: { family: p.font },
  };
}

export { Chart };
