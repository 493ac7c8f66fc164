import type { Quiz } from '@rolefit/core';
import { defineCommand } from 'citty';
import type { CliIo } from '../cli-io.ts';
import type { Messages } from '../messages/en.ts';
import { terminalStyle } from '../terminal-style.ts';

/** `rolefit questions`: the quiz, with ids and weights, for people and for scripts. */
export const questionsCommand = (io: CliIo, quiz: Quiz, t: Messages) =>
  defineCommand({
    meta: {
      name: 'questions',
      description: t['questions.help'],
    },
    args: { json: { type: 'boolean', description: t['questions.help.json'] } },
    run({ args }) {
      if (args.json) {
        io.out(JSON.stringify(quiz, null, 2));
        return;
      }
      const { bold, dim } = terminalStyle(io.stdout, io.env);
      const lines = [bold(quiz.title), quiz.intro, ''];
      const weights = (w: { research: number; rnd: number; product: number }) =>
        dim(t['questions.weights'](w.research, w.rnd, w.product));
      quiz.questions.forEach((q, i) => {
        lines.push(`${bold(`${i + 1}. ${q.prompt}`)} ${dim(`[${q.id}]`)}`);
        for (const o of q.options)
          lines.push(`   ${o.id.padEnd(14)} ${o.label}  ${weights(o.weights)}`);
        lines.push('');
      });
      lines.push(bold(t['questions.context']));
      for (const q of quiz.context) {
        lines.push(`${q.prompt} ${dim(`[${q.id}]`)}`);
        for (const o of q.options) lines.push(`   ${o.id.padEnd(19)} ${o.label}`);
      }
      lines.push('', dim(t['questions.howToAnswer']));
      io.out(lines.join('\n'));
    },
  });
