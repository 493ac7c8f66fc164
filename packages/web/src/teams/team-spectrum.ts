import { roleAt } from '@rolefit/core';
import { spectrumChart } from '../app/spectrum-chart.ts';
import { ROLES } from '../messages/core-text.ts';
import { messages } from '../messages/messages.ts';
import { svg } from '../shared/h.ts';
import { decimal } from '../shared/percent.ts';

const t = messages();

const x = (p: number) => `${(3 + 94 * Math.min(1, Math.max(0, p))).toFixed(2)}%`;
const LINE_Y = 56;
// Dots at the same place stack alternately above and below the line. Their colour is the picture's
// band (roleAt), not a member's role, which follows their dominant work.
const STACK = [0, -9, 9, -18, 18, -27];
// A dot under the centre's marker (radius 11) would vanish into it: those stack clear of it.
const CLEAR_OF_MARKER = [18, -18, 27, -27];
// Closer to the centre than this (in spectrum units, about the marker's radius) counts as under it.
const UNDER_MARKER = 0.025;

/**
 * The spectrum with the team's centre of gravity as the marker, the spread as a band around it,
 * each member as an anonymous dot, and the lead's view as a ring.
 * @example teamSpectrum({ centre: 0.6, spread: 0.2, positions: [0.4, 0.6, 0.8], lead: 0.5 })
 */
export function teamSpectrum(input: {
  centre: number;
  spread: number;
  positions: number[];
  lead?: number | undefined;
  /** The team is split between the two ends: the marker is an average, not where people work. */
  split?: boolean;
}): HTMLElement {
  // The marker names what it marks; its number is in the figure's label, for screen readers.
  const figure = spectrumChart({
    position: input.centre,
    label: input.split ? t['team.map.marker.twoJobs'] : t['team.map.marker'],
  });
  const chart = figure.querySelector('svg');
  if (!chart) return figure;
  chart.setAttribute('height', '96');
  const from = Math.max(0, input.centre - input.spread);
  const to = Math.min(1, input.centre + input.spread);
  const band = svg('rect', {
    x: x(from),
    width: `${(94 * (to - from)).toFixed(2)}%`,
    y: LINE_Y - 14,
    height: 28,
    rx: 6,
    class: 'spread-band',
  });
  chart.prepend(band);
  const seen = new Map<string, number>();
  for (const p of input.positions) {
    const under = Math.abs(p - input.centre) < UNDER_MARKER;
    const place = under ? 'centre' : decimal(p);
    const k = seen.get(place) ?? 0;
    seen.set(place, k + 1);
    const stack = under ? CLEAR_OF_MARKER : STACK;
    chart.append(
      svg('circle', {
        cx: x(p),
        cy: LINE_Y + (stack[k % stack.length] ?? 0),
        r: 5,
        class: `member-dot member-${ROLES[roleAt(p)].column}`,
      }),
    );
  }
  if (input.lead !== undefined) {
    chart.append(svg('circle', { cx: x(input.lead), cy: LINE_Y, r: 15, class: 'lead-ring' }));
  }
  const positions = input.positions.map((p) => decimal(p));
  const lead = input.lead === undefined ? '' : t['team.map.spectrum.lead'](decimal(input.lead));
  const split = input.split ? t['team.map.spectrum.twoJobs'] : '';
  figure.setAttribute(
    'aria-label',
    `${t['team.map.spectrum'](positions, decimal(input.centre), decimal(input.spread))}${split}${lead}`,
  );
  return figure;
}
