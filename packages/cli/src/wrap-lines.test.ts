import { describe, expect, it } from 'vitest';
import { wrapLines } from './wrap-lines.ts';

describe('wrapLines', () => {
  it('wraps under a label column and under a bullet, never past the width', () => {
    const text = [
      `Titling   ${'word '.repeat(30).trim()}`,
      `  + ${'grade '.repeat(20).trim()}`,
      'short line',
    ].join('\n');
    const wrapped = wrapLines(text, 50);
    for (const line of wrapped.split('\n')) expect(line.length).toBeLessThanOrEqual(50);
    const lines = wrapped.split('\n');
    expect(lines[0]?.startsWith('Titling   word')).toBe(true);
    expect(lines[1]?.startsWith('          word')).toBe(true);
    expect(lines.find((l) => l.startsWith('    grade'))).toBeDefined();
    expect(lines.at(-1)).toBe('short line');
    expect(wrapped.replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
  });

  it('continues a numbered item under its text', () => {
    const lines = wrapLines(`  2. ${'bridge '.repeat(12).trim()}`, 40).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line.startsWith('     bridge')).toBe(true);
  });

  it('does not count colour codes and leaves narrow widths alone', () => {
    const coloured = `\x1b[1mTitling\x1b[22m   ${'x '.repeat(30).trim()}`;
    expect(wrapLines(coloured, 40).split('\n').length).toBeGreaterThan(1);
    expect(wrapLines('a b c', 10)).toBe('a b c');
  });
});
