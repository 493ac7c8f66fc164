import { describe, expect, it } from 'vitest';
import { en, type Messages } from './en.ts';

const { 'note.advice': _dropped, ...missingOne } = en;

// Compile-time proof (tsc -b checks this file): another language must supply every key, with
// the same signature, and no key of its own.
// @ts-expect-error -- a catalogue missing 'note.advice' is not a Messages.
const missing: Messages = missingOne;
// @ts-expect-error -- a function where en has a function must take the same arguments.
const wrongSignature: Messages = { ...en, 'mismatch.title': (role: number) => `${role}` };
// @ts-expect-error -- a list where en has a list, not one string.
const notAList: Messages = { ...en, 'twoJobs.dontGradeOn': 'Papers.' };
const { example: _example, ...cellWithoutExample } = en['grid.product.flat'];
// @ts-expect-error -- a record must have every field en's record has.
const missingField: Messages = { ...en, 'grid.product.flat': cellWithoutExample };
// A different string in every place is fine: that is what a translation is.
const translated: Messages = {
  ...en,
  'note.advice': 'Consejo sobre el trabajo, no sobre una persona.',
};

describe('the core catalogue', () => {
  it('rejects a missing key or a wrong signature at compile time (see the @ts-expect-error lines)', () => {
    expect(Object.keys(missing)).not.toContain('note.advice');
    expect(typeof wrongSignature['mismatch.title']).toBe('function');
    expect(typeof notAList['twoJobs.dontGradeOn']).toBe('string');
    expect(missingField['grid.product.flat']).not.toHaveProperty('example');
    expect(translated['note.advice']).not.toBe(en['note.advice']);
  });

  it('has only text (strings, lists, records of them) and functions, under dotted ids', () => {
    const isText = (value: unknown): boolean =>
      typeof value === 'string' ||
      (Array.isArray(value) &&
        value.length > 0 &&
        value.every((item) => typeof item === 'string')) ||
      (typeof value === 'object' && value !== null && Object.values(value).every(isText));
    for (const [id, value] of Object.entries(en)) {
      expect(id).toMatch(/^[a-zA-Z-]+(\.[a-zA-Z0-9-]+)+$/);
      expect(typeof value === 'function' || isText(value), id).toBe(true);
    }
  });
});
