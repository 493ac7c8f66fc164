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

/** One of a team's answers in arrival order, with the round it was given in. */
export type RoundAnswer = MemberAnswer<QuizResult> & { round: number };

/** A round of a team's answers: the first is the team's own; each later one a lead opened. */
export type TeamRound = { number: number; openedAt: string; closedAt: string | null };

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
  memberResults(id: string): Promise<RoundAnswer[]>;
  /** The team's rounds, oldest first: the first opened with the team, each closed by the next. */
  rounds(id: string): Promise<TeamRound[]>;
  /** Close the current round and open the next; answers from then on join it. */
  openRound(id: string): Promise<TeamRound[]>;
  /** The round a team's answer is in, if the answer is the team's. */
  roundOf(responseId: string, teamId: string): Promise<number | undefined>;
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
  const rounds = async (id: string): Promise<TeamRound[]> => {
    const team = await db
      .selectFrom('teams')
      .select('created_at')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!team) return [];
    const later = await db
      .selectFrom('team_rounds')
      .select(['number', 'opened_at'])
      .where('team_id', '=', id)
      .orderBy('number')
      .execute();
    const opened = [
      { number: 1, openedAt: team.created_at },
      ...later.map((r) => ({ number: Number(r.number), openedAt: r.opened_at })),
    ];
    return opened.map((r, i) => ({ ...r, closedAt: opened[i + 1]?.openedAt ?? null }));
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
        .select(['id', 'replaces', 'result', 'round'])
        .where('team_id', '=', id)
        .orderBy('seq')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        replaces: r.replaces ?? null,
        round: r.round ?? 1,
        result: JSON.parse(r.result) as QuizResult,
      }));
    },
    rounds,
    async openRound(id) {
      await db.transaction().execute(async (trx) => {
        // The team row's lock, which a PostgreSQL team answer holds as it goes in: an answer is
        // then wholly in the round before or wholly in the new one.
        const team = trx.selectFrom('teams').select('id').where('id', '=', id);
        await (dialect === 'postgres' ? team.forNoKeyUpdate() : team).execute();
        const last = await trx
          .selectFrom('team_rounds')
          .select((eb) => eb.fn.max('number').as('number'))
          .where('team_id', '=', id)
          .executeTakeFirst();
        await trx
          .insertInto('team_rounds')
          .values({
            team_id: id,
            number: Number(last?.number ?? 1) + 1,
            opened_at: clock().toISOString(),
          })
          .execute();
      });
      return rounds(id);
    },
    async roundOf(responseId, teamId) {
      const row = await db
        .selectFrom('responses')
        .select('round')
        .where('id', '=', responseId)
        .where('team_id', '=', teamId)
        .executeTakeFirst();
      return row ? (row.round ?? 1) : undefined;
    },
    async delete(id) {
      return db.transaction().execute(async (trx) => {
        // The team goes first: from then on its join code no longer admits new responses.
        const team = await trx.deleteFrom('teams').where('id', '=', id).executeTakeFirst();
        await trx.deleteFrom('team_rounds').where('team_id', '=', id).execute();
        // Gone from every organisation it was in, too.
        await trx.deleteFrom('org_teams').where('team_id', '=', id).execute();
        // And its webhook events (they carry its name), queued or sent.
        await trx.deleteFrom('webhook_deliveries').where('team_id', '=', id).execute();
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
