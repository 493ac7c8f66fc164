import { ANCHOR_POSITION, ROLE_IDS, roleAt, SPECTRUM_BOUNDARIES } from '@rolefit/core';
import { ROLES } from '../messages/core-text.ts';
import { messages } from '../messages/messages.ts';
import { h, svg } from '../shared/h.ts';
import { decimal } from '../shared/percent.ts';

const t = messages();

/** One labelled point on the spectrum. */
export type SpectrumMarker = { position: number; label: string };

// Percent coordinates keep circles round at every width; the line runs from 3% to 97%.
const x = (position: number) => `${(3 + 94 * position).toFixed(2)}%`;
const [RESEARCH_END, PRODUCT_START] = SPECTRUM_BOUNDARIES;
const ZONES = [
  { from: 0, to: RESEARCH_END, column: 'research' },
  { from: RESEARCH_END, to: PRODUCT_START, column: 'rnd' },
  { from: PRODUCT_START, to: 1, column: 'product' },
] as const;

/**
 * The spectrum as a line with its three anchor roles and, when given, one marker (or several:
 * the two parts of a two-jobs week) where the work sits. The anchor names are HTML under the
 * line, so they wrap on a phone.
 * @example spectrumChart({ position: 0.62, label: 'This work' })
 */
export function spectrumChart(marker?: SpectrumMarker | readonly SpectrumMarker[]): HTMLElement {
  const markers: readonly SpectrumMarker[] = marker === undefined ? [] : [marker].flat();
  const chart = svg('svg', {
    class: 'spectrum-line',
    width: '100%',
    height: markers.length > 0 ? 78 : 40,
    'aria-hidden': 'true',
  });
  const y = markers.length > 0 ? 56 : 20;
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
  for (const m of markers) {
    const p = Math.min(1, Math.max(0, m.position));
    // Labels near an end grow inward, so they never run off the line.
    const anchor = p < 0.2 ? 'start' : p > 0.8 ? 'end' : 'middle';
    const column = ROLES[roleAt(p)].column;
    chart.append(
      svg('line', { x1: x(p), x2: x(p), y1: 24, y2: y, class: 'marker-stem', 'stroke-width': 2 }),
      svg('circle', { cx: x(p), cy: y, r: 11, class: `marker marker-${column}` }),
      svg('circle', { cx: x(p), cy: y, r: 4, class: 'marker-dot' }),
      svg('text', { x: x(p), y: 16, 'text-anchor': anchor, class: 'marker-label' }, m.label),
    );
  }
  const where = markers.map((m) => t['spectrum.marker'](m.label, decimal(m.position))).join('');
  return h(
    'figure',
    { class: 'spectrum', role: 'img', 'aria-label': `${t['spectrum.line']}${where}` },
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
