import { describe, expect, it } from 'vitest';
import { displayWidth } from './display-width.ts';
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

  it('continues an indented row of columns under its last column', () => {
    const row = `  rubric   rubric.md  AI engineer  ${'product '.repeat(12).trim()}`;
    const lines = wrapLines(row, 80).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    const at = row.indexOf('product');
    for (const line of lines.slice(1)) expect(line).toMatch(new RegExp(`^ {${at}}product`));
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

  it('counts a wide character as two columns and breaks Japanese and Chinese between characters', () => {
    const japanese = `肩書き  ${'適しています。肩書きが一つなら、全員で責任を持てます。'.repeat(4)}`;
    const lines = wrapLines(japanese, 50).split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(50);
    // Each continuation sits under the text, after the label; nothing is lost or added.
    for (const line of lines.slice(1)) expect(line.startsWith('        ')).toBe(true);
    expect(lines.join('').replace(/\s+/g, '')).toBe(japanese.replace(/\s+/g, ''));
    // No line starts with closing punctuation.
    for (const line of lines) expect(line.trim()).not.toMatch(/^[、。）」]/);
    const chinese = `  + ${'这份工作需要什么角色，它的产出是什么。'.repeat(5)}`;
    for (const line of wrapLines(chinese, 40).split('\n'))
      expect(displayWidth(line)).toBeLessThanOrEqual(40);
  });

  it('keeps words of Latin script whole, next to wide text', () => {
    const mixed = `  + ${'PyTorch と JAX の経験、distributed training の実務経験 '.repeat(4).trim()}`;
    const wrapped = wrapLines(mixed, 44);
    for (const word of ['PyTorch', 'JAX', 'distributed', 'training'])
      for (const line of wrapped.split('\n'))
        if (line.includes(word.slice(0, 3))) expect(line).toContain(word);
  });
});

describe('displayWidth', () => {
  it('counts wide characters two, combining marks none, colour codes not at all', () => {
    expect(displayWidth('AI engineer')).toBe(11);
    expect(displayWidth('AIエンジニア')).toBe(12);
    expect(displayWidth('研究科学家')).toBe(10);
    expect(displayWidth('（既定値：x）')).toBe(13);
    expect(displayWidth('\x1b[1m仕事\x1b[22m')).toBe(4);
    expect(displayWidth('ليتقدّم')).toBe(6);
    expect(displayWidth('Ingénieur')).toBe(9);
  });
});
