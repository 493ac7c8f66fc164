import { en as coreEn, loadLanguage } from '@rolefit/core';
import { describe, expect, it } from 'vitest';
import { displayWidth } from './display-width.ts';
import { en } from './messages/en.ts';
import { spectrumBar } from './spectrum-bar.ts';
import { terminalStyle, terminalWidth } from './terminal-style.ts';

const plain = terminalStyle({ isTTY: false }, {});

describe('spectrumBar', () => {
  it('draws the 60-column line with the three anchors when the width is unknown', () => {
    const [labels, line, marker] = spectrumBar(0.5, plain, en, coreEn).split('\n');
    expect(labels).toBe('  Research scientist    Research engineer           AI engineer');
    expect(line).toBe(`  |${'-'.repeat(29)}+${'-'.repeat(29)}|`);
    expect(marker).toBe(`  ${' '.repeat(30)}^ 0.50`);
  });

  it.each([40, 47, 50, 63, 80, 120])('fits a %i-column terminal, marker and all', (width) => {
    for (const position of [0, 0.37, 0.95, 1]) {
      const bar = spectrumBar(position, plain, en, coreEn, { width });
      for (const row of bar.split('\n')) expect(row.length).toBeLessThanOrEqual(width);
      for (const label of ['Research scientist', 'Research engineer', 'AI engineer']) {
        expect(bar).toContain(label);
      }
      expect(bar).toContain(position.toFixed(2));
    }
  });

  it('draws each dot with its own mark, and dots sharing a column as o', () => {
    const line = spectrumBar(0.5, plain, en, coreEn, {
      dots: [0, 0.5, 1, 0.995],
      dotMarks: ['1', '2', '3', '4'],
    }).split('\n')[1];
    expect(line).toBe(`  1${'-'.repeat(29)}2${'-'.repeat(29)}o`);
  });

  it('marks both ends with their shares for two jobs, and no average position', () => {
    const bar = spectrumBar(0.4, plain, en, coreEn, {
      ends: { research: 0.6, product: 0.4 },
      width: 80,
    });
    const marker = bar.split('\n').at(-1) ?? '';
    expect(marker).toMatch(/^ {2}\^ 60% research +40% product \^$/);
    expect(marker.length).toBe(bar.split('\n').at(-2)?.length);
    expect(bar).not.toContain('0.40');
  });
});

describe('spectrumBar in other languages', () => {
  it.each(['ja', 'zh', 'fr', 'de', 'ar'] as const)(
    '%s: the anchors fit the line, wide characters counted as two columns',
    async (language) => {
      const { messages } = await loadLanguage(language);
      const names = ['research-scientist', 'research-engineer', 'ai-engineer'] as const;
      for (const width of [0, 40, 80]) {
        const bar = spectrumBar(0.5, plain, en, messages, { width });
        const rows = bar.split('\n');
        const line = rows.find((row) => row.includes('|-')) ?? '';
        for (const row of rows) expect(displayWidth(row)).toBeLessThanOrEqual(displayWidth(line));
        for (const role of names) expect(bar).toContain(messages[`role.${role}`].name);
        // The first anchor starts the line, the last one ends where the line ends.
        expect(rows[0]?.startsWith(`  ${messages['role.research-scientist'].name}`)).toBe(true);
        const right = rows.find((row) => row.endsWith(messages['role.ai-engineer'].name));
        expect(displayWidth(right ?? '')).toBe(displayWidth(line));
      }
    },
  );
});

describe('terminalWidth', () => {
  it('takes COLUMNS first, then the terminal, and nothing for a pipe', () => {
    expect(terminalWidth({ isTTY: false }, { COLUMNS: '50' })).toBe(50);
    expect(terminalWidth({ isTTY: true, columns: 90 }, { COLUMNS: '200' })).toBe(120);
    expect(terminalWidth({ isTTY: true, columns: 90 }, {})).toBe(90);
    expect(terminalWidth({ isTTY: false }, { COLUMNS: 'wide' })).toBe(0);
  });
});
