import { describe, expect, it } from 'vitest';
import { en, type Messages } from './en.ts';
import { messages } from './messages.ts';

// These lines are checked by `tsc -b` (packages/web/tsconfig.json includes src): each
// `@ts-expect-error` fails the build if the catalogue below it stops being an error.
const { 'quiz.next': _dropped, ...missingOne } = en;
// @ts-expect-error a catalogue without one of English's ids does not compile
const missingKey: Messages = missingOne;
// @ts-expect-error a function with another signature than English's does not compile
const wrongSignature: Messages = { ...en, 'quiz.count': (n: string) => n };
// @ts-expect-error a string where English has a function does not compile
const stringForFunction: Messages = { ...en, 'quiz.count': 'Five questions' };

describe('the web catalogue', () => {
  it('is complete in English, and it is what the pages get', () => {
    const complete: Messages = en;
    expect(messages()).toBe(complete);
    expect([missingKey, wrongSignature, stringForFunction]).toHaveLength(3);
  });

  it('has no empty text', () => {
    for (const [id, value] of Object.entries(en))
      expect(typeof value === 'function' || value.trim() !== '', id).toBe(true);
  });
});
