import { roleAt } from '@rolefit/core';
import { COLUMN_LABEL, columnWords } from '../app/column-label.ts';
import { sharesBar } from '../app/shares-bar.ts';
import { spectrumChart } from '../app/spectrum-chart.ts';
import { REGIMES, ROLES } from '../messages/core-text.ts';
import { messages } from '../messages/messages.ts';
import { confirmStep } from '../shared/confirm-step.ts';
import { h, svg } from '../shared/h.ts';
import { date, decimal, percent, wholePercent } from '../shared/percent.ts';
import {
  type PlacedRound,
  placedRounds,
  type RoundChange,
  roundChange,
  STEADY,
} from './round-change.ts';
import type { TeamSummary, teamApi } from './team-api.ts';
import { card } from './team-map-view.ts';

const t = messages();

type Round = TeamSummary['rounds'][number];

// The spectrum's line runs from 3% to 97% of the chart, as in spectrumChart.
const x = (p: number) => `${(3 + 94 * Math.min(1, Math.max(0, p))).toFixed(2)}%`;
/** The height of one round's row above the line. */
const ROW = 30;

/**
 * The centre's path over the rounds: each placed round a numbered dot on its own row, oldest at
 * the top, joined in order, above the spectrum's line with its anchor roles.
 */
function pathChart(placed: readonly PlacedRound[]): HTMLElement {
  const figure = spectrumChart();
  const chart = figure.querySelector('svg');
  if (!chart) return figure;
  const rows = ROW * placed.length;
  const line = svg('g', { transform: `translate(0 ${rows})` });
  line.append(...chart.childNodes);
  chart.append(line);
  chart.setAttribute('height', String(40 + rows));
  chart.classList.add('round-path-chart');
  const y = (i: number) => ROW / 2 + ROW * i;
  placed.forEach((round, i) => {
    const { position } = round.centre;
    const before = placed[i - 1];
    if (before) {
      chart.append(
        svg('line', {
          x1: x(before.centre.position),
          y1: y(i - 1),
          x2: x(position),
          y2: y(i),
          class: 'round-step',
        }),
      );
    }
  });
  const last = placed.at(-1);
  if (last) {
    // The latest centre drops to the line, so it reads against the roles.
    chart.append(
      svg('line', {
        x1: x(last.centre.position),
        x2: x(last.centre.position),
        y1: y(placed.length - 1),
        y2: rows + 20,
        class: 'round-drop',
      }),
    );
  }
  placed.forEach((round, i) => {
    const { position } = round.centre;
    const column = ROLES[roleAt(position)].column;
    chart.append(
      svg('circle', {
        cx: x(position),
        cy: y(i),
        r: 11,
        class: `round-dot marker-${column}${round === last ? ' round-latest' : ''}`,
      }),
      svg(
        'text',
        { x: x(position), y: y(i), class: 'round-number', 'text-anchor': 'middle', dy: '0.35em' },
        String(round.number),
      ),
    );
  });
  figure.setAttribute(
    'aria-label',
    t['team.rounds.path.label'](
      placed.map((r) => t['team.rounds.path.point'](r.number, decimal(r.centre.position))),
    ),
  );
  return figure;
}

/** What changed between the last two placed rounds, in sentences. */
export function changeWords(change: RoundChange): string[] {
  const { grew, shrank } = change;
  const main = grew ?? shrank;
  const shift =
    main &&
    (main === grew ? t['team.rounds.change.grew'] : t['team.rounds.change.shrank'])(
      COLUMN_LABEL[main.column],
      percent(main.from),
      percent(main.to),
    );
  const sentences = [
    shift
      ? t['team.rounds.change.moved'](
          change.from,
          change.to,
          shift,
          grew && shrank
            ? t['team.rounds.change.toward'](
                t[`team.rounds.place.${shrank.column}`],
                t[`team.rounds.place.${grew.column}`],
              )
            : null,
        )
      : t['team.rounds.change.steady'](change.from, change.to, wholePercent(STEADY)),
    change.regime.from === change.regime.to
      ? t['team.rounds.change.regimeSame'](REGIMES[change.regime.to].name)
      : t['team.rounds.change.regime'](
          REGIMES[change.regime.from].name,
          REGIMES[change.regime.to].name,
        ),
  ];
  if (change.split) sentences.push(t[`team.rounds.change.split.${change.split}`]);
  return sentences;
}

/** One round in the list: its number and dates, its answers, its mix or why there is none yet. */
function roundItem(round: Round, minResponses: number, current: boolean): HTMLElement {
  const opened = date(round.openedAt);
  const closed = round.closedAt && date(round.closedAt);
  const when = !closed
    ? t['team.rounds.dates.open'](opened)
    : closed === opened
      ? opened
      : t['team.rounds.dates'](opened, closed);
  const heading = t['team.rounds.round'](round.number);
  return h(
    'li',
    { class: `round-item${current ? ' round-current' : ''}`, 'data-round': round.number },
    h(
      'p',
      { class: 'round-head' },
      h('strong', null, heading),
      ' ',
      h('span', { class: 'muted' }, when),
      ' · ',
      h('span', null, t['team.rounds.answers'](round.responses)),
      current && h('span', { class: 'round-badge' }, t['team.rounds.current']),
    ),
    round.centre
      ? [
          sharesBar(round.centre.shares, t['team.rounds.mix'](round.number)),
          h(
            'p',
            { class: 'note' },
            t['team.rounds.centre'](
              decimal(round.centre.position),
              columnWords(round.centre.dominantWork),
            ),
          ),
        ]
      : h('p', { class: 'note' }, t['team.rounds.notEnough'](round.responses, minResponses)),
  );
}

/**
 * The team's rounds: the centre's path, the mix of each round, what changed in words, and the
 * lead's button to close this round and open the next (after a confirm step).
 */
export function teamRounds(
  summary: TeamSummary,
  api: ReturnType<typeof teamApi>,
  onOpened: () => void,
): HTMLElement {
  const { rounds, team } = summary;
  const current = rounds.at(-1)?.number ?? 1;
  const placed = placedRounds(rounds);
  const change = roundChange(rounds);
  const open = confirmStep({
    id: 'round-confirm-title',
    trigger: t['team.rounds.open'](current + 1),
    triggerAttrs: { 'data-testid': 'open-round', disabled: summary.responses === 0 },
    question: t['team.rounds.confirm'](current, current + 1),
    confirm: t['team.rounds.openForGood'](current + 1),
    keep: t['team.rounds.keep'],
    tone: 'calm',
    working: t['team.rounds.opening'],
    act: async () => {
      const opened = await api.openRound();
      if (!opened.ok) return opened.error.message;
      onOpened();
    },
  });
  return card(
    'team-rounds',
    t['team.rounds.heading'],
    h(
      'p',
      { class: 'note' },
      rounds.length > 1 ? t['team.rounds.lead'](current) : t['team.rounds.lead.first'],
    ),
    change &&
      h(
        'div',
        { class: 'round-change', 'data-testid': 'round-change' },
        changeWords(change).map((sentence) => h('p', null, sentence)),
      ),
    placed.length > 1 && pathChart(placed),
    rounds.length > 1 &&
      h(
        'ol',
        { class: 'round-list', 'data-testid': 'round-list' },
        [...rounds].reverse().map((r) => roundItem(r, team.minResponses, r.number === current)),
      ),
    h(
      'div',
      { class: 'action-row' },
      open.trigger,
      summary.responses === 0 && h('span', { class: 'note' }, t['team.rounds.open.empty'](current)),
    ),
    open.box,
    open.status,
  );
}
