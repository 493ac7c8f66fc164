import { describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit.ts';

describe('groupCommit', () => {
  it('runs writes that arrive in the same turn as one batch, in order', async () => {
    const batches: number[][] = [];
    const write = groupCommit<number, number>({
      batch: async (items) => {
        batches.push(items);
        return items.map((x) => x * 10);
      },
      single: async () => {
        throw new Error('not used');
      },
    });
    const first = await Promise.all([write(1), write(2), write(3)]);
    const second = await write(4);
    expect(first).toEqual([10, 20, 30]);
    expect(second).toBe(40);
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });

  it('falls back to one write each when the batch fails, so only the bad write fails', async () => {
    const write = groupCommit<number, number>({
      batch: async (items) => {
        if (items.includes(13)) throw new Error('constraint');
        return items;
      },
      single: async (x) => {
        if (x === 13) throw new Error(`write ${x} refused`);
        return x;
      },
    });
    const outcomes = await Promise.allSettled([write(1), write(13), write(2)]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
