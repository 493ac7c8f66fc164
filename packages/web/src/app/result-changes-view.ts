import type { Quiz, ResultChange } from '@rolefit/core';
import { messages } from '../messages/messages.ts';
import { richText } from '../messages/rich-text.ts';
import { h } from '../shared/h.ts';
import { roleInSentence } from './role-words.ts';

const t = messages();

function labelOf(quiz: Quiz, questionId: string, optionId: string) {
  const q = quiz.questions.find((x) => x.id === questionId);
  return {
    prompt: q?.prompt ?? questionId,
    label: q?.options.find((o) => o.id === optionId)?.label ?? optionId,
  };
}

function change(quiz: Quiz, c: ResultChange) {
  return h(
    'li',
    null,
    h(
      'p',
      null,
      richText(t['result.change.role'](roleInSentence(c.role), c.changes.length), {
        strong: (text) => h('strong', null, text),
      }),
    ),
    h(
      'ul',
      { class: 'changes' },
      c.changes.map((x) =>
        h(
          'li',
          null,
          h('span', { class: 'change-q' }, labelOf(quiz, x.questionId, x.from).prompt),
          ' ',
          h('span', { class: 'change-from' }, labelOf(quiz, x.questionId, x.from).label),
          t['result.change.arrow'],
          h('span', { class: 'change-to' }, x.label),
        ),
      ),
    ),
  );
}

/**
 * What would change the result: for each other role, the fewest answer changes after which the
 * result names that role alone (not between two roles, not two jobs), as core's search found them
 * in `quiz` (whose questions and options name each change).
 * @example resultChangesList(quiz, result.whatWouldChange) // <ul class="change-list">…</ul>
 */
export function resultChangesList(quiz: Quiz, changes: readonly ResultChange[]): HTMLElement {
  return h(
    'ul',
    { class: 'change-list' },
    changes.map((c) => change(quiz, c)),
  );
}
