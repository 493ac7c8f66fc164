import { ANCHOR_POSITION, type Quiz, type QuizResult } from '@rolefit/core';
import { ROLE_PROFILES, ROLES, WORK_KINDS } from '../messages/core-text.ts';
import { messages } from '../messages/messages.ts';
import { h } from '../shared/h.ts';
import { percent } from '../shared/percent.ts';
import { COLUMN_LABEL } from './column-label.ts';
import { confidenceLine } from './confidence-line.ts';
import { roleInSentence } from './role-words.ts';
import { sharesBar } from './shares-bar.ts';
import { spectrumChart } from './spectrum-chart.ts';

const t = messages();

/** The eyebrow and the heading: one role, "between" two neighbours, or two jobs in one. */
function headline(result: QuizResult) {
  const [eyebrow, title] = result.split
    ? [
        t['result.hero.twoJobs.eyebrow'],
        t['result.roles.plus'](ROLES[result.split[0]].name, ROLES[result.split[1]].name),
      ]
    : result.between
      ? [
          t['result.hero.between.eyebrow'],
          t['result.hero.between.title'](
            ROLES[result.between[0]].name,
            ROLES[result.between[1]].name,
          ),
        ]
      : [t['result.hero.callsFor.eyebrow'](ROLES[result.role].name), ROLES[result.role].name];
  // The role's id, the same in every language (a share code decodes to the same result in all).
  const role = { id: 'result-title', 'data-role': result.role };
  return [h('p', { class: 'eyebrow' }, eyebrow), h('h1', role, title)];
}

/** What a two-jobs week is, for someone who has never heard of the spectrum. */
function twoJobsLead(result: QuizResult): string {
  const { research, rnd, product } = result.shares;
  return t['result.hero.twoJobs.lead'](
    percent(research),
    rnd > 0 ? percent(rnd) : null,
    percent(product),
  );
}

/** The spectrum: where the work sits, or for two jobs each part at its own end. */
function picture(result: QuizResult) {
  if (result.twoJobs) {
    return spectrumChart(
      result.twoJobs.parts.map((part) => ({
        position: ANCHOR_POSITION[part.role],
        label: t['result.hero.marker.part'](COLUMN_LABEL[part.column], percent(part.share)),
      })),
    );
  }
  return spectrumChart({
    position: result.position,
    label: t['result.hero.marker.work'],
  });
}

/**
 * The one answer that would give another role alone, when one is enough: the change that would
 * flip the result, in words ("One answer would make it AI engineer: …"), said in the confidence
 * line in place of how many answers away the result is.
 */
function flip(quiz: Quiz, result: QuizResult): string | undefined {
  const nearest = result.whatWouldChange.find((c) => c.changes.length === 1);
  const change = nearest?.changes[0];
  if (!nearest || !change) return undefined;
  const question = quiz.questions.find((q) => q.id === change.questionId);
  return t['result.hero.flip'](
    roleInSentence(nearest.role),
    question?.prompt ?? change.questionId,
    change.label,
  );
}

/**
 * The answer card: what the work calls for, how sure that is and the one answer that would
 * change it, then the picture and the mix. The note that this is advice, not a verdict, is the
 * page footer's.
 * @example resultHero(quiz, result) // <section class="hero">…</section>
 */
export function resultHero(quiz: Quiz, result: QuizResult): HTMLElement {
  const mix = result.split
    ? t['result.hero.mix.twoJobs']
    : t['result.hero.mix'](WORK_KINDS[result.dominantWork].name);
  return h(
    'section',
    { class: result.split ? 'hero hero-two-jobs' : 'hero', 'aria-labelledby': 'result-title' },
    ...headline(result),
    confidenceLine(result, flip(quiz, result)),
    h(
      'p',
      { class: 'lead' },
      result.split ? twoJobsLead(result) : ROLE_PROFILES[result.role].summary,
    ),
    picture(result),
    h('p', { class: 'mix-title' }, mix),
    sharesBar(result.shares, t['result.hero.mix.label']),
  );
}
