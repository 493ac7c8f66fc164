import {
  ADVICE_NOTE,
  ANCHOR_POSITION,
  type QuizResult,
  ROLE_PROFILES,
  ROLES,
  WORK_KINDS,
} from '@rolefit/core';
import { h } from '../shared/h.ts';
import { percent } from '../shared/percent.ts';
import { COLUMN_LABEL } from './column-label.ts';
import { confidenceLine } from './confidence-line.ts';
import { articleFor } from './role-words.ts';
import { sharesBar } from './shares-bar.ts';
import { spectrumChart } from './spectrum-chart.ts';

/** The eyebrow and the heading: one role, "between" two neighbours, or two jobs in one. */
function headline(result: QuizResult) {
  const [eyebrow, title] = result.split
    ? ['This week holds two jobs', result.split.map((r) => ROLES[r].name).join(' + ')]
    : result.between
      ? [
          'This work sits between',
          `${ROLES[result.between[0]].name} and ${ROLES[result.between[1]].name}`,
        ]
      : [`This work calls for ${articleFor(result.role)}`, ROLES[result.role].name];
  return [h('p', { class: 'eyebrow' }, eyebrow), h('h1', { id: 'result-title' }, title)];
}

/** What a two-jobs week is, for someone who has never heard of the spectrum. */
function twoJobsLead(result: QuizResult): string {
  const { research, rnd, product } = result.shares;
  const bridge = rnd > 0 ? `only ${percent(rnd)} bridge work` : 'no bridge work';
  const there = rnd > 0 ? 'little' : 'none';
  return `Open research fills ${percent(research)} of this week and shipping product ${percent(product)}, with ${bridge} (research engineering) joining them. An average of the answers would land near the research-engineer middle, but ${there} of the work is there: these are two different jobs.`;
}

/** The spectrum: where the work sits, or for two jobs each part at its own end. */
function picture(result: QuizResult) {
  if (result.twoJobs) {
    return spectrumChart(
      result.twoJobs.parts.map((part) => ({
        position: ANCHOR_POSITION[part.role],
        label: `${COLUMN_LABEL[part.column]} · ${percent(part.share)}`,
      })),
    );
  }
  return spectrumChart({
    position: result.position,
    label: `This work · ${result.position.toFixed(2)}`,
  });
}

/**
 * The top of the result: what the work calls for, how sure that is, the picture and the mix.
 * @example resultHero(result) // <section class="hero">…</section>
 */
export function resultHero(result: QuizResult): HTMLElement {
  const mix = result.split
    ? 'Research and product work, with little between them. The mix:'
    : `${WORK_KINDS[result.dominantWork].name} work. The mix:`;
  return h(
    'section',
    { class: result.split ? 'hero hero-two-jobs' : 'hero', 'aria-labelledby': 'result-title' },
    ...headline(result),
    confidenceLine(result),
    h(
      'p',
      { class: 'lead' },
      result.split ? twoJobsLead(result) : ROLE_PROFILES[result.role].summary,
    ),
    picture(result),
    h('p', { class: 'mix-title' }, mix),
    sharesBar(result.shares, 'Shares of the work by column'),
    h('p', { class: 'advice' }, ADVICE_NOTE),
  );
}
