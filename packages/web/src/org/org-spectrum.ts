import { roleAt } from '@rolefit/core';
import { spectrumChart } from '../app/spectrum-chart.ts';
import { ROLES } from '../messages/core-text.ts';
import { messages } from '../messages/messages.ts';
import { svg } from '../shared/h.ts';
import { decimal } from '../shared/percent.ts';

const t = messages();

/** One team's dot: its number in the team list, where its centre sits, the answers behind it. */
export type OrgDot = { number: number; name: string; position: number; responses: number };

// The chart's coordinates, as spectrumChart draws them: the line from 3% to 97%, at y = 56.
const x = (p: number) => `${(3 + 94 * Math.min(1, Math.max(0, p))).toFixed(2)}%`;
const LINE_Y = 56;
const [SMALLEST, LARGEST] = [8, 15];
// Dots that would touch go to the next lane, below the line first (the marker's label is above).
const LANES = [0, 34, 68, -34];
// Closer than this on the spectrum (at a phone's width, about two of the largest dots) they touch.
const TOUCHING = 0.1;
// A dot this close to the org's centre sits under its marker (radius 11): it takes another lane.
const UNDER_MARKER = 0.05;

/** Each dot's radius: its area grows with the answers behind it, from SMALLEST to LARGEST. */
function radii(dots: readonly OrgDot[]) {
  const most = Math.max(1, ...dots.map((d) => d.responses));
  return dots.map((d) => SMALLEST + (LARGEST - SMALLEST) * Math.sqrt(d.responses / most));
}

/** The first lane where a dot at `p` touches none placed so far, nor the centre's marker. */
function laneFor(p: number, centre: number, placed: { p: number; lane: number }[]) {
  const free = (lane: number) =>
    !(lane === 0 && Math.abs(p - centre) < UNDER_MARKER) &&
    placed.every((d) => d.lane !== lane || Math.abs(d.p - p) >= TOUCHING);
  return LANES.find(free) ?? (LANES[placed.length % LANES.length] as number);
}

/**
 * The spectrum with the organisation's centre of gravity as the marker and every contributing
 * team as a numbered dot at its own centre, sized by the answers behind it.
 * @example orgSpectrum(0.55, [{ number: 1, name: 'Theory', position: 0.1, responses: 6 }])
 */
export function orgSpectrum(centre: number, dots: readonly OrgDot[]): HTMLElement {
  const figure = spectrumChart({ position: centre, label: t['org.spectrum.marker'] });
  const chart = figure.querySelector('svg');
  if (!chart) return figure;
  const sizes = radii(dots);
  const placed: { p: number; lane: number }[] = [];
  for (const [i, dot] of dots.entries()) {
    const lane = laneFor(dot.position, centre, placed);
    placed.push({ p: dot.position, lane });
    const cy = LINE_Y + lane;
    const column = ROLES[roleAt(dot.position)].column;
    chart.append(
      svg('circle', {
        cx: x(dot.position),
        cy,
        r: (sizes[i] as number).toFixed(1),
        class: `org-dot member-${column}`,
      }),
      svg(
        'text',
        { x: x(dot.position), y: cy, class: 'org-dot-number', 'text-anchor': 'middle' },
        String(dot.number),
      ),
    );
  }
  const lowest = Math.max(0, ...placed.map((d) => d.lane));
  chart.setAttribute('height', String(LINE_Y + lowest + LARGEST + 6));
  figure.setAttribute(
    'aria-label',
    t['org.spectrum.label'](
      dots.map((d) => t['org.spectrum.team'](d.number, d.name, decimal(d.position), d.responses)),
      decimal(centre),
    ),
  );
  return figure;
}
