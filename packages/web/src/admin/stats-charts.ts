import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { messages } from '../messages/messages.ts';
import { numberLocale } from '../shared/percent.ts';
import { utcDay } from './utc-day.ts';

const t = messages();

// Only the parts the dashboard draws, so the page loads a fraction of Chart.js.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

/** The page's palette, read from the CSS custom properties (light or dark). */
export function palette() {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string) => css.getPropertyValue(name).trim() || '#888';
  return {
    text: v('--text'),
    muted: v('--muted'),
    grid: v('--border'),
    accent: v('--accent'),
    research: v('--research'),
    rnd: v('--rnd'),
    product: v('--product'),
  };
}

/** One series to draw: labels with their counts. */
export type Series = { labels: string[]; counts: number[]; colors?: string[] };

/** Split a long label into lines of about `width` characters (Chart.js draws arrays as lines). */
export function wrapLabel(text: string, width = 24): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const axes = (horizontal: boolean, dates = false) => {
  const p = palette();
  const value = {
    beginAtZero: true,
    ticks: { color: p.muted, precision: 0 },
    grid: { color: p.grid },
  };
  // Days: as many short labels as fit side by side with room between them, Chart.js measuring
  // each; a fixed tick count would overlap on a narrow card or with long month names.
  const category = dates
    ? {
        ticks: { color: p.muted, maxRotation: 0, autoSkip: true, autoSkipPadding: 16 },
        grid: { display: false },
      }
    : { ticks: { color: p.text, autoSkip: false }, grid: { display: false } };
  return horizontal ? { x: value, y: category } : { x: category, y: value };
};

/**
 * A canvas with a chart, labelled for screen readers with the same figures as text.
 * Chart.js sizes the canvas through `element.style` (CSSOM), which the CSP allows.
 */
function chartCanvas(
  label: string,
  series: Series,
  config: ChartConfiguration,
  tall = false,
): HTMLElement {
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  const figures = series.labels.map((l, i) => t['admin.chart.figure'](l, series.counts[i] ?? 0));
  canvas.setAttribute('aria-label', t['admin.chart.label'](label, figures));
  const box = document.createElement('div');
  box.className = tall ? 'chart-box chart-tall' : 'chart-box';
  box.append(canvas);
  new Chart(canvas, config);
  return box;
}

/** Horizontal bars (long labels stay readable); `tall` gives wrapped labels room. */
export function barChart(label: string, series: Series, tall = false): HTMLElement {
  const p = palette();
  return chartCanvas(
    label,
    series,
    {
      type: 'bar',
      data: {
        labels: series.labels.map((l) => wrapLabel(l)),
        datasets: [
          {
            label,
            data: series.counts,
            backgroundColor: series.colors ?? p.accent,
            borderRadius: 4,
            maxBarThickness: 28,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        locale: numberLocale(),
        maintainAspectRatio: false,
        animation: false,
        scales: axes(true),
      },
    },
    tall,
  );
}

/**
 * A line over UTC days (`series.labels` as `YYYY-MM-DD`): short dates on the axis, whole dates in
 * the tooltip and the screen reader's label, all in the page's language.
 */
export function lineChart(label: string, series: Series): HTMLElement {
  const p = palette();
  const days = series.labels.map((day) => utcDay(day));
  return chartCanvas(
    label,
    { ...series, labels: days },
    {
      type: 'line',
      data: {
        labels: series.labels.map((day) => utcDay(day, 'short')),
        datasets: [
          {
            label,
            data: series.counts,
            borderColor: p.accent,
            backgroundColor: `${p.accent}33`,
            fill: true,
            pointRadius: series.labels.length > 60 ? 0 : 2,
            tension: 0.2,
          },
        ],
      },
      options: {
        locale: numberLocale(),
        maintainAspectRatio: false,
        animation: false,
        scales: axes(false, true),
        plugins: {
          tooltip: { callbacks: { title: (items) => days[items[0]?.dataIndex ?? 0] ?? '' } },
        },
      },
    },
  );
}
