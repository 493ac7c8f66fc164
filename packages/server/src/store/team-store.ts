import type { Answers, QuizResult } from '@rolefit/core';
import type { Selectable } from 'kysely';
import type { MemberAnswer } from '../teams/team-release.ts';
import type { Workstream } from '../teams/team-schemas.ts';
import type { Db, TeamTable } from './database.ts';

/** The quiz as the lead answered it for the team's work. */
export type LeadAnswers = { answers: Answers };

/** A team as stored. The admin secret is never stored, only its hash. */
export type StoredTeam = {
  id: string;
  name: string;
  joinCode: string;
  adminHash: string;
  minResponses: number;
  createdAt: string;
  workstreams: Workstream[];
  leadView: LeadAnswers | null;
};

/** What to store for a new team. */
export type NewTeam = Omit<StoredTeam, 'workstreams' | 'leadView' | 'createdAt'> & {
  createdAt?: string;
};

/** Stores teams, the lead's workstreams and view, and reads the members' results. */
export type TeamStore = {
  create(team: NewTeam): Promise<StoredTeam>;
  get(id: string): Promise<StoredTeam | undefined>;
  /**
   * The stored hash of a team's admin secret, reading nothing else: the secret check then costs
   * the same whatever the team holds (workstreams, lead view), so its timing tells nothing.
   */
  adminHashOf(id: string): Promise<string | undefined>;
  /** The team a join code belongs to, for `POST /api/responses`. */
  /** The team a join code admits to: its id and name, for the join page to greet members with. */
  byJoinCode(joinCode: string): Promise<{ id: string; name: string } | undefined>;
  idForJoinCode(joinCode: string): Promise<string | undefined>;
  setWorkstreams(id: string, workstreams: Workstream[]): Promise<void>;
  setLeadView(id: string, view: LeadAnswers): Promise<void>;
  /**
   * Every stored result submitted with the team's join code, in arrival order (`seq`): the
   * order the team's answers are released in, batch by batch; each with the earlier answer from
   * the same browser it replaces.
   */
  memberResults(id: string): Promise<MemberAnswer<QuizResult>[]>;
  /** Remove the team and every response submitted for it; says how many responses went. */
  delete(id: string): Promise<{ deleted: boolean; responses: number }>;
  /**
   * Whether the team still exists, waiting for a deletion in progress to finish (on PostgreSQL a
   * locking read), so a response stored for it can be taken back if the team just went.
   */
  stillExists(id: string): Promise<boolean>;
};

type Row = Selectable<TeamTable>;

const fromRow = (row: Row): StoredTeam => ({
  id: row.id,
  name: row.name,
  joinCode: row.join_code,
  adminHash: row.admin_hash,
  minResponses: Number(row.min_responses),
  createdAt: row.created_at,
  workstreams: JSON.parse(row.workstreams) as Workstream[],
  leadView: row.lead_view === null ? null : (JSON.parse(row.lead_view) as LeadAnswers),
});

// Longer than any id or code we hand out; anything longer cannot match, so skip the query.
const MAX_KEY = 64;

/** The team store over a Kysely database (SQLite or PostgreSQL). */
export function createTeamStore(
  { db, dialect }: Db,
  clock: () => Date = () => new Date(),
): TeamStore {
  const get = async (id: string) => {
    if (id.length > MAX_KEY) return undefined;
    const row = await db.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? fromRow(row) : undefined;
  };
  const byJoinCode = async (joinCode: string) => {
    if (joinCode.length > MAX_KEY) return undefined;
    return db
      .selectFrom('teams')
      .select(['id', 'name'])
      .where('join_code', '=', joinCode)
      .executeTakeFirst();
  };
  return {
    get,
    async adminHashOf(id) {
      if (id.length > MAX_KEY) return undefined;
      const row = await db
        .selectFrom('teams')
        .select('admin_hash')
        .where('id', '=', id)
        .executeTakeFirst();
      return row?.admin_hash;
    },
    async create(team) {
      const row: Row = {
        id: team.id,
        name: team.name,
        join_code: team.joinCode,
        admin_hash: team.adminHash,
        min_responses: team.minResponses,
        created_at: team.createdAt ?? clock().toISOString(),
        workstreams: '[]',
        lead_view: null,
      };
      await db.insertInto('teams').values(row).execute();
      return fromRow(row);
    },
    byJoinCode,
    async idForJoinCode(joinCode) {
      return (await byJoinCode(joinCode))?.id;
    },
    async stillExists(id) {
      const query = db.selectFrom('teams').select('id').where('id', '=', id);
      // SQLite has one writer, so a deletion has finished or not begun; PostgreSQL must wait.
      const row = await (dialect === 'postgres' ? query.forShare() : query).executeTakeFirst();
      return row !== undefined;
    },
    async setWorkstreams(id, workstreams) {
      await db
        .updateTable('teams')
        .set({ workstreams: JSON.stringify(workstreams) })
        .where('id', '=', id)
        .execute();
    },
    async setLeadView(id, view) {
      await db
        .updateTable('teams')
        .set({ lead_view: JSON.stringify(view) })
        .where('id', '=', id)
        .execute();
    },
    async memberResults(id) {
      const rows = await db
        .selectFrom('responses')
        .select(['id', 'replaces', 'result'])
        .where('team_id', '=', id)
        .orderBy('seq')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        replaces: r.replaces ?? null,
        result: JSON.parse(r.result) as QuizResult,
      }));
    },
    async delete(id) {
      return db.transaction().execute(async (trx) => {
        // The team goes first: from then on its join code no longer admits new responses.
        const team = await trx.deleteFrom('teams').where('id', '=', id).executeTakeFirst();
        const responses = await trx
          .deleteFrom('responses')
          .where('team_id', '=', id)
          .executeTakeFirst();
        return {
          deleted: Number(team.numDeletedRows) > 0,
          responses: Number(responses.numDeletedRows),
        };
      });
    },
  };
}
