// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { richText } from './rich-text.ts';

const tag = (name: string) => (text: string) => ({ name, text }) as unknown as Node;

describe('richText', () => {
  it('turns tags into elements and keeps the text around them', () => {
    expect(richText('Press <kbd>Enter</kbd> now', { kbd: tag('kbd') })).toEqual([
      'Press ',
      { name: 'kbd', text: 'Enter' },
      ' now',
    ]);
  });

  it('leaves an unknown tag as its text, never as markup', () => {
    expect(richText('<b>x</b><img>', {})).toEqual(['x', '<img>']);
  });
});
