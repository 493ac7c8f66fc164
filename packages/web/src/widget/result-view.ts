import { WORK_KIND_NAMES } from '@rolefit/core/grid';
import { ANCHOR_POSITION, ROLE_IDS, type RoleId } from '@rolefit/core/ids';
import { ADVICE_NOTE } from '@rolefit/core/job-brief';
import type { QuizResult } from '@rolefit/core/quiz-result';
import { ROLES } from '@rolefit/core/roles';
import { h } from '../shared/h.ts';
import { wholePercent } from '../shared/percent.ts';
import type { WidgetText } from './widget-text.ts';

/** What the result step shows and where its actions lead. */
export type ResultViewProps = {
  result: QuizResult;
  text: WidgetText;
  /** The "see the full result" link, already carrying the answers; null hides it. */
  fullResultHref: string | null;
  onAgain: () => void;
};

/** How many grading lines fit a widget; the full result has the rest. */
const GRADE_LINES = 2;
const list = (items: string[], lines = GRADE_LINES) =>
  h(
    'ul',
    null,
    items.slice(0, lines).map((item) => h('li', null, item)),
  );

/**
 * The result: role, "between" or two jobs in one, confidence, spectrum marker (one per part for
 * two jobs), titling verdict, grading (each part's first line for two jobs), note.
 */
export function resultView({
  result,
  text,
  fullResultHref,
  onAgain,
}: ResultViewProps): HTMLElement {
  const { between, twoJobs } = result;
  const pair = result.split ?? between;
  const name = (role: RoleId, i = 0) =>
    i ? ROLES[role].name.replace(/^.(?=[a-z])/, (c) => c.toLowerCase()) : ROLES[role].name;
  const track = h('span', { class: 'track' });
  for (const position of twoJobs?.parts.map((p) => ANCHOR_POSITION[p.role]) ?? [result.position]) {
    const marker = h('span', { class: 'marker' });
    marker.style.left = `${wholePercent(position)}%`;
    track.append(marker);
  }
  return h(
    'section',
    { class: 'step result', part: 'result' },
    h('p', { class: 'eyebrow' }, twoJobs ? text.twoJobs : between ? text.between : text.callsFor),
    h(
      'h2',
      { class: 'role', tabindex: -1 },
      pair ? `${name(pair[0])} ${twoJobs ? '+' : text.and} ${name(pair[1], 1)}` : name(result.role),
    ),
    h(
      'p',
      { class: 'meta' },
      text.confidence(wholePercent(result.confidence)) +
        (twoJobs ? '' : ` · ${WORK_KIND_NAMES[result.dominantWork]} work`),
    ),
    twoJobs && h('p', { class: 'why' }, twoJobs.summary),
    h(
      'div',
      {
        class: 'spectrum',
        part: 'spectrum',
        role: 'img',
        'aria-label': text.spectrum(result.position),
      },
      track,
      h(
        'span',
        { class: 'ends' },
        ROLE_IDS.map((role) => h('span', null, ROLES[role].name)),
      ),
    ),
    h(
      'div',
      { class: 'regime', part: 'regime' },
      h('p', { class: 'eyebrow' }, text.titling),
      h(
        'p',
        null,
        h('strong', null, `${text.regimes[result.regime.recommended]}: `),
        result.regime.cell.verdict,
      ),
    ),
    h(
      'div',
      { class: 'grade' },
      twoJobs?.parts.map((p) =>
        h(
          'div',
          null,
          h('h3', null, text.gradePart(name(p.role, 1), wholePercent(p.share))),
          list(p.gradeOn, 1),
        ),
      ) ?? [h('div', null, h('h3', null, text.gradeOn), list(result.gradeOn))],
      h('div', { class: 'dont' }, h('h3', null, text.dontGradeOn), list(result.dontGradeOn)),
    ),
    h('p', { class: 'note', part: 'note' }, ADVICE_NOTE),
    h(
      'div',
      { class: 'nav' },
      fullResultHref &&
        h(
          'a',
          { class: 'primary', part: 'button full-result-link', href: fullResultHref },
          text.fullResult,
        ),
      h(
        'button',
        { type: 'button', class: 'quiet', part: 'button again-button', onclick: onAgain },
        text.again,
      ),
    ),
  );
}
