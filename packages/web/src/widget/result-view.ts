import { confidenceBand } from '@rolefit/core';
import type { FrameworkMessages } from '@rolefit/core/framework-en';
import { ANCHOR_POSITION, ROLE_IDS, type RoleId } from '@rolefit/core/ids';
import type { QuizResult, ResultChange } from '@rolefit/core/quiz-result';
import type { Quiz, QuizQuestion } from '@rolefit/core/quiz-schema';
import { h } from '../shared/h.ts';
import { cssPercent, wholePercent } from '../shared/percent.ts';
import type { Messages } from './messages/en.ts';

/** What the result step shows and where its actions lead. */
export type ResultViewProps = {
  result: QuizResult;
  /** The quiz the result was scored on, in the same language: the prompt of the answer to flip. */
  quiz: Quiz;
  text: Messages;
  /** Core's framework text in the same language: role, work and regime names, the note. */
  framework: FrameworkMessages;
  /**
   * The "see the full result" link, carrying the answers: it shows once made (its code loads on
   * demand); null, or an address that cannot be made, leaves it out.
   */
  fullResultLink: Promise<HTMLAnchorElement> | null;
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
 * The result, in the order of the app's answer card: the role ("between" two, or two jobs in
 * one) in one line, why in a sentence, how sure (core's band, and how close another role is), the
 * one answer that would flip it when one is enough, then the actions. The details follow: the
 * spectrum (a marker per part for two jobs), the titling verdict, the grading (each part's first
 * line for two jobs) and the note.
 */
export function resultView({
  result,
  quiz,
  text,
  framework,
  fullResultLink,
  onAgain,
}: ResultViewProps): HTMLElement {
  const { between, twoJobs, flipsTo } = result;
  const pair = result.split ?? between;
  const roleName = (role: RoleId) => framework[`role.${role}`].name;
  const inSentence = (role: RoleId) => framework['role.inSentence'](roleName(role));
  // The app's flip: the nearest change that gives another role alone, when one answer does it.
  // (A change names a question of the quiz the result was scored on.)
  const flip = result.whatWouldChange.find((c) => c.changes.length === 1);
  const change = flip?.changes[0];
  const actions = h(
    'div',
    { class: 'nav' },
    h('button', { type: 'button', part: 'button again-button', onclick: onAgain }, text.again),
  );
  // First in the actions once made; a link that cannot be made stays out.
  fullResultLink?.then(
    (link) => actions.prepend(link),
    () => {},
  );
  return h(
    'section',
    { class: 'result', part: 'result' },
    h(
      'p',
      { class: 'eyebrow' },
      twoJobs ? text.twoJobsInOne : between ? text.sitsBetween : text.callsFor,
    ),
    h(
      'h2',
      { class: 'role', tabindex: -1 },
      pair
        ? (twoJobs ? (a: string, b: string) => `${a} + ${b}` : text.and)(
            roleName(pair[0]),
            inSentence(pair[1]),
          )
        : roleName(result.role),
    ),
    h(
      'p',
      { class: 'why' },
      twoJobs
        ? twoJobs.summary
        : between
          ? result.margin
            ? text.leads(roleName(result.role))
            : text.even
          : text.fills(framework[`work.${result.dominantWork}.name`]),
    ),
    h(
      'p',
      { class: 'confidence' },
      h(
        'strong',
        null,
        text.badge(text.bands[confidenceBand(result.confidence)], wholePercent(result.confidence)),
      ),
      flipsTo && ` ${text.away(result.changesToFlip, inSentence(flipsTo))}`,
    ),
    change &&
      h(
        'p',
        { class: 'flip' },
        text.flip(
          inSentence((flip as ResultChange).role),
          (quiz.questions.find((q) => q.id === change.questionId) as QuizQuestion).prompt,
          change.label,
        ),
      ),
    actions,
    h(
      'div',
      {
        class: 'spectrum',
        part: 'spectrum',
        role: 'img',
        'aria-label': text.spectrum(wholePercent(result.position)),
      },
      h(
        'span',
        { class: 'track' },
        // A marker where the work sits, or for two jobs one at each end (CSSOM, not a style attribute).
        (twoJobs?.parts.map((p) => ANCHOR_POSITION[p.role]) ?? [result.position]).map(
          (position) => {
            const marker = h('span', { class: 'marker' });
            marker.style.left = cssPercent(position);
            return marker;
          },
        ),
      ),
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
          h('h3', null, text.gradePart(inSentence(p.role), wholePercent(p.share))),
          list(p.gradeOn, 1),
        ),
      ) ?? [h('div', null, h('h3', null, text.gradeOnTitle), list(result.gradeOn))],
      h('div', { class: 'dont' }, h('h3', null, text.dontGradeOnTitle), list(result.dontGradeOn)),
    ),
    h('p', { class: 'note', part: 'note' }, framework['note.advice']),
  );
}
