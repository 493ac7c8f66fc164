import type { Analysis } from '@rolefit/core';
import { h } from '../shared/h.ts';

const PREFIX = /^Not enough to say:\s*/i;

/**
 * The analyzer's own reason, first sentence only: without the "Not enough to say:" the heading
 * already says, and without its hint to paste more, which the card lists in full.
 */
function reason(a: Analysis): string {
  const message = a.flags.find((f) => f.code === 'no-evidence')?.message ?? '';
  const rest = message.replace(PREFIX, '').trim();
  const first = rest.match(/^.+?\.(?=\s|$)/)?.[0] ?? rest;
  if (!first) return 'Too little here describes research, R&D or product work to place it.';
  return first.charAt(0).toUpperCase() + first.slice(1);
}

/**
 * The empty state for a text that says too little about the work (`enough` false): no role, no
 * bar and no spectrum marker, only what is missing and what to paste instead.
 * @example if (!analysis.enough) results.append(analysisNotEnough(analysis))
 */
export function analysisNotEnough(a: Analysis): HTMLElement {
  return h(
    'section',
    {
      class: 'card analysis-not-enough',
      'aria-labelledby': 'analysis-not-enough',
      'data-testid': 'analysis-not-enough',
    },
    h('p', { class: 'eyebrow' }, 'No placement'),
    h('h2', { id: 'analysis-not-enough' }, 'Not enough to say'),
    h('p', { class: 'lead' }, reason(a)),
    a.title &&
      h(
        'p',
        null,
        'A title alone, like “',
        h('span', { class: 'title-text' }, a.title.text),
        '”, does not say what the work is: the same title covers very different weeks.',
      ),
    h('p', null, 'Paste more of the text, for example:'),
    h(
      'ul',
      { class: 'not-enough-hints' },
      h('li', null, 'the duties: what the person will do week to week'),
      h('li', null, 'the requirements: what they need to know or have done'),
      h('li', null, 'how the role is measured, or the criteria of the review rubric'),
    ),
    h(
      'p',
      { class: 'note' },
      'No role, position or shares are shown until the text describes the work: a guess from a few words would look more certain than it is.',
    ),
  );
}
