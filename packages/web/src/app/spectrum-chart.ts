import { ANCHOR_POSITION, ROLE_IDS, ROLES, roleAt } from '@rolefit/core';
import { h, svg } from './h.ts';

// Percent coordinates keep circles round at every width; the line runs from 3% to 97%.
const x = (position: number) => `${(3 + 94 * position).toFixed(2)}%`;
const ZONES = [
  { from: 0, to: 0.25, column: 'research' },
  { from: 0.25, to: 0.75, column: 'rnd' },
  { from: 0.75, to: 1, column: 'product' },
] as const;

/**
 * The spectrum as a line with its three anchor roles and, when given, a marker where the work
 * sits. The anchor names are HTML under the line, so they wrap on a phone.
 * @example spectrumChart({ position: 0.62, label: 'This work' })
 */
export function spectrumChart(marker?: { position: number; label: string }): HTMLElement {
  const chart = svg('svg', {
    class: 'spectrum-line',
    width: '100%',
    height: marker ? 78 : 40,
    'aria-hidden': 'true',
  });
  const y = marker ? 56 : 20;
  for (const zone of ZONES) {
    chart.append(
      svg('line', {
        x1: x(zone.from),
        x2: x(zone.to),
        y1: y,
        y2: y,
        class: `zone zone-${zone.column}`,
        'stroke-width': 6,
      }),
    );
  }
  for (const role of ROLE_IDS) {
    chart.append(
      svg('circle', {
        cx: x(ANCHOR_POSITION[role]),
        cy: y,
        r: 8,
        class: `anchor anchor-${ROLES[role].column}`,
      }),
    );
  }
  if (marker) {
    const p = Math.min(1, Math.max(0, marker.position));
    const anchor = p < 0.2 ? 'start' : p > 0.8 ? 'end' : 'middle';
    const column = ROLES[roleAt(p)].column;
    chart.append(
      svg('line', { x1: x(p), x2: x(p), y1: 24, y2: y, class: 'marker-stem', 'stroke-width': 2 }),
      svg('circle', { cx: x(p), cy: y, r: 11, class: `marker marker-${column}` }),
      svg('circle', { cx: x(p), cy: y, r: 4, class: 'marker-dot' }),
      svg('text', { x: x(p), y: 16, 'text-anchor': anchor, class: 'marker-label' }, marker.label),
    );
  }
  const description = marker
    ? `The spectrum from research scientist (0) through research engineer (0.5) to AI engineer (1). ${marker.label} sits at ${marker.position.toFixed(2)}.`
    : 'The spectrum from research scientist (0) through research engineer (0.5) to AI engineer (1).';
  return h(
    'figure',
    { class: 'spectrum', role: 'img', 'aria-label': description },
    chart,
    h(
      'div',
      { class: 'spectrum-anchors', 'aria-hidden': 'true' },
      ROLE_IDS.map((role) =>
        h('span', { class: `anchor-name anchor-name-${ROLES[role].column}` }, ROLES[role].name),
      ),
    ),
  );
}
