import {
  type Analysis,
  COLUMN_OF_ROLE,
  createAnalyzer,
  DEFAULT_MODEL,
  type RoleId,
  type Shares,
} from '@rolefit/core';
import { type PlacedAnalysis, placedAnalysis } from '../analyze/placed-analysis.ts';
import { clearlyNotEnglish } from '../analyze/posting-language.ts';
import { columnWords } from '../app/column-label.ts';
import { roleInSentence } from '../app/role-words.ts';
import { sharesBar } from '../app/shares-bar.ts';
import { twoJobsView } from '../app/two-jobs-view.ts';
import { ADVICE_NOTE, CORE_TEXT } from '../messages/core-text.ts';
import { withLanguage } from '../messages/language.ts';
import { messages } from '../messages/messages.ts';
import { richText } from '../messages/rich-text.ts';
import { h } from '../shared/h.ts';
import { percent } from '../shared/percent.ts';
import { type HireBasis, headcount, hireBasis, nextHire, shortOf } from './next-hire.ts';
import type { TeamSummary } from './team-api.ts';
import { placeName } from './team-map-view.ts';

const t = messages();
// As on /analyze: the analyzer reads English postings; its flags and advice speak the page's language.
const analyze = createAnalyzer(DEFAULT_MODEL, CORE_TEXT);

/** What the card shows for a posting, and the one line its live region says. */
export type PostingComparison = { view: HTMLElement[]; line: string };

type Told = { hires: string; facts: (string | null)[]; next: string | null };

/** What the mix says about the next hire, beside the role the posting hires. */
function nextWords(b: HireBasis, hires: RoleId): string {
  const next = nextHire(b);
  if (next === hires) return t['team.posting.next.same'](roleInSentence(next));
  const column = COLUMN_OF_ROLE[next];
  const share = percent(b.shares[column]);
  return b.roles
    ? t['team.posting.next.other'](roleInSentence(next), share, columnWords(column), b.roles[next])
    : t['team.posting.next.workstreams'](roleInSentence(next), share, columnWords(column));
}

/** Where the posting's column stands in the team: where its work is, a gap, or staffed already. */
function columnStanding(b: HireBasis, role: RoleId): string {
  const column = COLUMN_OF_ROLE[role];
  const share = percent(b.shares[column]);
  const work = columnWords(column);
  const centre = column === b.dominantWork;
  if (!b.roles) return t['team.posting.column.workstreams'](share, work, centre);
  if (centre) return t['team.posting.column.centre'](share, work);
  return shortOf(b.roles, b.mix)[role] > 0
    ? t['team.posting.column.gap'](share, work, b.roles[role], headcount(b.roles))
    : t['team.posting.column.staffed'](share, work);
}

/** A posting for one role: which, how many the team has, where its column stands, what next. */
function oneRole(a: PlacedAnalysis, b: HireBasis | null, ws: HireBasis | null): Told {
  const role = roleInSentence(a.role);
  const between = a.between ? t['team.posting.between'](placeName(a)) : '';
  if (!b) return { hires: t['team.posting.hires.alone'](role) + between, facts: [], next: null };
  const centre = percent(b.shares[b.dominantWork]);
  const work = columnWords(b.dominantWork);
  const hires = b.roles
    ? t['team.posting.hires'](role, b.roles[a.role] + 1, centre, work)
    : t['team.posting.hires.workstreams'](role, centre, work);
  const column = COLUMN_OF_ROLE[a.role];
  const facts = [
    b.roles && t['team.posting.count'](b.roles[a.role], headcount(b.roles)),
    columnStanding(b, a.role),
    // The members' map leads; the lead's own list of the work is a second opinion beside it.
    ws &&
      ws !== b &&
      t['team.posting.workstreams'](percent(ws.shares[column]), columnWords(column)),
  ];
  return { hires: hires + between, facts: facts.map((f) => f || null), next: nextWords(b, a.role) };
}

/** A posting for both ends at once: say so, count both roles, and say which half comes first. */
function twoRoles(split: readonly [RoleId, RoleId], b: HireBasis | null): Told {
  const [first, second] = split;
  const hires = t['team.posting.twoJobs'](roleInSentence(first), roleInSentence(second));
  const count =
    b?.roles &&
    t['team.posting.count.twoJobs'](
      roleInSentence(first),
      b.roles[first],
      roleInSentence(second),
      b.roles[second],
      headcount(b.roles),
    );
  const next = b && nextHire(b);
  return {
    hires,
    facts: [count || null],
    next: next && t['team.posting.next.twoJobs'](roleInSentence(next), split.includes(next)),
  };
}

const mix = (label: string, shares: Shares) =>
  h(
    'div',
    { class: 'posting-mix' },
    h('p', { class: 'mix-title' }, label),
    sharesBar(shares, label),
  );

/** A text that says too little about the work: core's reason, and no role. */
function notEnough(a: Analysis): PostingComparison {
  const reason = a.flags.find((f) => f.code === 'no-evidence')?.message;
  return {
    view: [
      h(
        'p',
        { class: 'lead', 'data-testid': 'posting-not-enough' },
        reason ?? t['analyze.status.notEnough'],
      ),
      h('p', { class: 'note' }, t['team.posting.notEnough']),
    ],
    line: t['analyze.status.notEnough'],
  };
}

/** The placed posting beside the team: the sentences, the mix bars and the two-jobs advice. */
function beside(a: PlacedAnalysis, summary: TeamSummary): PostingComparison {
  const { members } = summary;
  const ws = summary.workstreams && hireBasis(summary.workstreams, null);
  const b = members ? hireBasis(members.portfolio, members.roles) : ws;
  const told = a.split ? twoRoles(a.split, b) : oneRole(a, b, ws);
  const facts = told.facts.filter((f): f is string => f !== null);
  const view: (HTMLElement | false | null | '')[] = [
    h('p', { class: 'posting-hires', 'data-testid': 'posting-hires' }, told.hires),
    !b && h('p', { 'data-testid': 'posting-nothing' }, t['team.posting.nothing'](summary.needed)),
    facts.length > 0 &&
      h(
        'ul',
        { class: 'posting-facts', 'data-testid': 'posting-facts' },
        facts.map((f) => h('li', null, f)),
      ),
    told.next && h('p', { class: 'posting-next', 'data-testid': 'posting-next' }, told.next),
    h(
      'div',
      { class: 'posting-mixes' },
      mix(t['team.posting.mix.posting'], a.shares),
      members && mix(t['team.posting.mix.members'], members.portfolio.shares),
      ws && mix(t['team.posting.mix.workstreams'], ws.shares),
    ),
    a.twoJobs &&
      h(
        'details',
        { class: 'posting-two-jobs', 'data-testid': 'posting-two-jobs' },
        h('summary', null, t['team.posting.twoJobs.advice']),
        twoJobsView(a.twoJobs, 'h2', a.dontGradeOn),
      ),
    h(
      'p',
      { class: 'note' },
      richText(t['team.posting.more'], {
        a: (text) => h('a', { href: withLanguage('/analyze') }, text),
      }),
      ' ',
      ADVICE_NOTE,
    ),
  ];
  return {
    view: view.filter((part): part is HTMLElement => part instanceof HTMLElement),
    line: told.next ? `${told.hires} ${told.next}` : told.hires,
  };
}

/**
 * Read a job posting with core's analyzer, here in the browser, and set its role beside the
 * team: the members' role counts and mix, or the lead's workstreams. Imported only once a lead
 * pastes a posting, since the analyzer's lexicon is most of its weight.
 * @example const { comparePosting } = await import('./posting-comparison.ts'); comparePosting(text, summary)
 */
export function comparePosting(text: string, summary: TeamSummary): PostingComparison {
  // Postings in other languages aren't analysed yet: say so, in the reader's language.
  if (clearlyNotEnglish(text)) {
    return {
      view: [
        h('p', { class: 'lead' }, t['analyze.otherLanguage.heading']),
        h('p', null, t['analyze.otherLanguage.lead']),
      ],
      line: t['analyze.otherLanguage.heading'],
    };
  }
  const outcome = analyze(text);
  // analyze refuses only non-strings, and a textarea's value is always a string.
  if (!outcome.ok) throw new Error(`analyze refused text: ${outcome.error.message}`);
  const placed = placedAnalysis(outcome.value);
  return placed ? beside(placed, summary) : notEnough(outcome.value);
}
