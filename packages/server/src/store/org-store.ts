import type { Db } from './database.ts';

// Longer than any id we hand out; anything longer cannot match, so skip the query.
const MAX_KEY = 64;

/** An organisation as stored. The admin secret is never stored, only its hash. */
export type StoredOrg = { id: string; name: string; createdAt: string };

/** A team's membership of an organisation. */
export type OrgMembership = { teamId: string; headcount: number | null; joinedAt: string };

/** Stores organisations and which teams joined them. */
export type OrgStore = {
  create(org: { id: string; name: string; adminHash: string }): Promise<StoredOrg>;
  get(id: string): Promise<StoredOrg | undefined>;
  /** The stored hash of the org's admin secret, reading nothing else (see `TeamStore.adminHashOf`). */
  adminHashOf(id: string): Promise<string | undefined>;
  /** Add a team, or update its headcount if it is in already. */
  addTeam(orgId: string, teamId: string, headcount: number | null): Promise<void>;
  /** Take a team out; says whether it was in. */
  removeTeam(orgId: string, teamId: string): Promise<boolean>;
  /** The org's teams, in the order they joined. */
  teamsOf(orgId: string): Promise<OrgMembership[]>;
  /** Remove the organisation; its teams stay as they are. */
  delete(id: string): Promise<boolean>;
};

/** The organisation store over a Kysely database (SQLite or PostgreSQL). */
export function createOrgStore({ db }: Db, clock: () => Date = () => new Date()): OrgStore {
  return {
    async create(org) {
      const row = {
        id: org.id,
        name: org.name,
        admin_hash: org.adminHash,
        created_at: clock().toISOString(),
      };
      await db.insertInto('orgs').values(row).execute();
      return { id: row.id, name: row.name, createdAt: row.created_at };
    },
    async get(id) {
      if (id.length > MAX_KEY) return undefined;
      const row = await db
        .selectFrom('orgs')
        .select(['id', 'name', 'created_at'])
        .where('id', '=', id)
        .executeTakeFirst();
      return row && { id: row.id, name: row.name, createdAt: row.created_at };
    },
    async adminHashOf(id) {
      if (id.length > MAX_KEY) return undefined;
      const row = await db
        .selectFrom('orgs')
        .select('admin_hash')
        .where('id', '=', id)
        .executeTakeFirst();
      return row?.admin_hash;
    },
    async addTeam(orgId, teamId, headcount) {
      // Teams list in the order they joined: two joining within one millisecond still get
      // distinct times, so the order never falls back to their random ids.
      const latest = await db
        .selectFrom('org_teams')
        .select((eb) => eb.fn.max('joined_at').as('last'))
        .where('org_id', '=', orgId)
        .executeTakeFirst();
      const after = latest?.last ? Date.parse(latest.last) + 1 : 0;
      const joinedAt = new Date(Math.max(clock().getTime(), after)).toISOString();
      await db
        .insertInto('org_teams')
        .values({ org_id: orgId, team_id: teamId, headcount, joined_at: joinedAt })
        .onConflict((oc) => oc.columns(['org_id', 'team_id']).doUpdateSet({ headcount }))
        .execute();
    },
    async removeTeam(orgId, teamId) {
      const gone = await db
        .deleteFrom('org_teams')
        .where('org_id', '=', orgId)
        .where('team_id', '=', teamId)
        .executeTakeFirst();
      return Number(gone.numDeletedRows) > 0;
    },
    async teamsOf(orgId) {
      const rows = await db
        .selectFrom('org_teams')
        .select(['team_id', 'headcount', 'joined_at'])
        .where('org_id', '=', orgId)
        .orderBy('joined_at')
        .orderBy('team_id')
        .execute();
      return rows.map((r) => ({
        teamId: r.team_id,
        headcount: r.headcount === null ? null : Number(r.headcount),
        joinedAt: r.joined_at,
      }));
    },
    async delete(id) {
      return db.transaction().execute(async (trx) => {
        await trx.deleteFrom('org_teams').where('org_id', '=', id).execute();
        const gone = await trx.deleteFrom('orgs').where('id', '=', id).executeTakeFirst();
        return Number(gone.numDeletedRows) > 0;
      });
    },
  };
}
