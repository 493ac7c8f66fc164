import type { Analysis } from '@rolefit/core';
import { messages } from '../messages/messages.ts';
import { richText } from '../messages/rich-text.ts';
import { h } from '../shared/h.ts';

const t = messages();

// How core's no-evidence flag message starts (core's text, matched to drop it, never shown).
const PREFIX = /^Not enough to say:\s*/i;

/**
 * The analyzer's own reason, first sentence only: without the "Not enough to say:" the heading
 * already says, and without its hint to paste more, which the card lists in full.
 */
function reason(a: Analysis): string {
  const message = a.flags.find((f) => f.code === 'no-evidence')?.message ?? '';
  const rest = message.replace(PREFIX, '').trim();
  const first = rest.match(/^.+?\.(?=\s|$)/)?.[0] ?? rest;
  if (!first) return t['analyze.notEnough.reason'];
  return first.charAt(0).toUpperCase() + first.slice(1);
}

/**
 * The empty state for a text that says too little about the work (`enough` false): no role, no
 * bar and no spectrum marker, only what is missing and what to paste instead.
 * @example if (!analysis.enough) results.append(analysisNotEnough(analysis))
 */
export function analysisNotEnough(a: Analysis): HTMLElement {
  const { title } = a;
  return h(
    'section',
    {
      class: 'card analysis-not-enough',
      'aria-labelledby': 'analysis-not-enough',
      'data-testid': 'analysis-not-enough',
    },
    h('p', { class: 'eyebrow' }, t['analyze.notEnough.eyebrow']),
    h('h2', { id: 'analysis-not-enough' }, t['analyze.notEnough.heading']),
    h('p', { class: 'lead' }, reason(a)),
    title &&
      h(
        'p',
        null,
        richText(t['analyze.notEnough.title'], {
          title: () => h('span', { class: 'title-text' }, title.text),
        }),
      ),
    h('p', null, t['analyze.notEnough.paste']),
    h(
      'ul',
      { class: 'not-enough-hints' },
      h('li', null, t['analyze.notEnough.duties']),
      h('li', null, t['analyze.notEnough.requirements']),
      h('li', null, t['analyze.notEnough.measures']),
    ),
    h('p', { class: 'note' }, t['analyze.notEnough.note']),
  );
}
