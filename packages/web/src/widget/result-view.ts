import type { FrameworkMessages } from '@rolefit/core/framework-en';
import { ANCHOR_POSITION, ROLE_IDS, type RoleId } from '@rolefit/core/ids';
import type { QuizResult } from '@rolefit/core/quiz-result';
import { h } from '../shared/h.ts';
import { wholePercent } from '../shared/percent.ts';
import type { Messages } from './messages/en.ts';

/** What the result step shows and where its actions lead. */
export type ResultViewProps = {
  result: QuizResult;
  text: Messages;
  /** Core's framework text in the same language: role, work and regime names, the note. */
  framework: FrameworkMessages;
  /**
   * The "see the full result" link's address, carrying the answers: it shows once known (its
   * code loads on demand); null, or an address that cannot be made, hides it.
   */
  fullResultHref: Promise<string> | null;
  onAgain: () => void;
};

/** The link to the full result, hidden until its address is known. */
function fullResultLink(href: Promise<string>, label: string): HTMLAnchorElement {
  const link = h('a', { class: 'primary', part: 'button full-result-link', hidden: true }, label);
  href.then(
    (address) => {
      link.href = address;
      link.hidden = false;
    },
    () => {},
  );
  return link;
}

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
  framework,
  fullResultHref,
  onAgain,
}: ResultViewProps): HTMLElement {
  const { between, twoJobs } = result;
  const pair = result.split ?? between;
  const roleName = (role: RoleId) => framework[`role.${role}`].name;
  const name = (role: RoleId, i = 0) =>
    i ? framework['role.inSentence'](roleName(role)) : roleName(role);
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
      pair
        ? (twoJobs ? (a: string, b: string) => `${a} + ${b}` : text.and)(
            name(pair[0]),
            name(pair[1], 1),
          )
        : name(result.role),
    ),
    h(
      'p',
      { class: 'meta' },
      text.confidence(wholePercent(result.confidence)) +
        (twoJobs ? '' : ` · ${text.work(framework[`work.${result.dominantWork}.name`])}`),
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
        ROLE_IDS.map((role) => h('span', null, roleName(role))),
      ),
    ),
    h(
      'div',
      { class: 'regime', part: 'regime' },
      h('p', { class: 'eyebrow' }, text.titling),
      h(
        'p',
        null,
        h('strong', null, `${framework[`regime.${result.regime.recommended}.name`]}: `),
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
    h('p', { class: 'note', part: 'note' }, framework['note.advice']),
    h(
      'div',
      { class: 'nav' },
      fullResultHref && fullResultLink(fullResultHref, text.fullResult),
      h(
        'button',
        { type: 'button', class: 'quiet', part: 'button again-button', onclick: onAgain },
        text.again,
      ),
    ),
  );
}
