import type { Db } from './database.ts';

/** Server-wide settings, stored as text by key. */
export type SettingsStore = {
  get(key: string): Promise<string | undefined>;
  /** Store `value` unless the key is set; returns the value that is stored now (first writer wins). */
  putIfAbsent(key: string, value: string): Promise<string>;
};

/** The settings store over a Kysely database. */
export function createSettingsStore(
  { db }: Db,
  clock: () => Date = () => new Date(),
): SettingsStore {
  const get = async (key: string) =>
    (await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst())
      ?.value;
  return {
    get,
    async putIfAbsent(key, value) {
      await db
        .insertInto('settings')
        .values({ key, value, updated_at: clock().toISOString() })
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
      const stored = await get(key);
      if (stored === undefined) throw new Error(`setting ${key} was written but cannot be read`);
      return stored;
    },
  };
}
