import { REGIMES, WORK_KINDS } from '@rolefit/core/grid';
import { ADVICE_NOTE } from '@rolefit/core/job-brief';
import type { QuizResult } from '@rolefit/core/quiz-result';
import { ROLES } from '@rolefit/core/roles';
import { h } from './h.ts';
import type { WidgetText } from './widget-text.ts';

/** What the result step shows and where its actions lead. */
export type ResultViewProps = {
  result: QuizResult;
  text: WidgetText;
  /** The "see the full result" link, already carrying the answers; null hides it. */
  fullResultHref: string | null;
  onAgain: () => void;
};

const percent = (share: number) => Math.round(share * 100);
/** How many grading lines fit a widget; the full result has the rest. */
const GRADE_LINES = 2;

/** The result: role or "between", confidence, spectrum marker, titling verdict, grading, note. */
export function resultView({
  result,
  text,
  fullResultHref,
  onAgain,
}: ResultViewProps): HTMLElement {
  const role = ROLES[result.role];
  const marker = h('span', { class: 'marker' });
  marker.style.left = `${percent(result.position)}%`;
  const list = (items: string[]) =>
    h('ul', null, ...items.slice(0, GRADE_LINES).map((item) => h('li', null, item)));
  return h(
    'section',
    { class: 'step result', part: 'result' },
    h('p', { class: 'eyebrow' }, result.between ? text.between : text.callsFor),
    h(
      'h2',
      { class: 'role', tabindex: -1 },
      result.between
        ? `${ROLES[result.between[0]].name} ${text.and} ${ROLES[result.between[1]].name.toLowerCase()}`
        : role.name,
    ),
    h(
      'p',
      { class: 'meta' },
      `${text.confidence(percent(result.confidence))} · ${WORK_KINDS[result.dominantWork].name} work`,
    ),
    h(
      'div',
      {
        class: 'spectrum',
        part: 'spectrum',
        role: 'img',
        'aria-label': text.spectrum(result.position),
      },
      h('span', { class: 'track' }, marker),
      h('span', { class: 'ends' }, ...text.ends.map((end) => h('span', null, end))),
    ),
    h(
      'div',
      { class: 'regime', part: 'regime' },
      h('p', { class: 'eyebrow' }, text.titling),
      h(
        'p',
        null,
        h('strong', null, `${REGIMES[result.regime.recommended].name}: `),
        result.regime.cell.verdict,
      ),
    ),
    h(
      'div',
      { class: 'grade' },
      h('div', null, h('h3', null, text.gradeOn), list(result.gradeOn)),
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
