import type { Generated, Kysely } from 'kysely';

/** A stored quiz response. JSON columns hold text so SQLite and PostgreSQL share one schema. */
export type ResponseTable = {
  id: string;
  quiz_id: string;
  quiz_version: number;
  answers: string;
  result: string;
  role: string;
  regime: string;
  dominant_work: string;
  position: number;
  team_id: string | null;
  source: string | null;
  created_at: string;
  seq: Generated<number>;
};

/** A team: the lead's admin secret as a hash only; workstreams and lead view as JSON text. */
export type TeamTable = {
  id: string;
  name: string;
  join_code: string;
  admin_hash: string;
  min_responses: number;
  created_at: string;
  workstreams: string;
  lead_view: string | null;
};

/** Every table rolefit stores, as Kysely sees them. Later features add theirs here. */
export type Database = {
  responses: ResponseTable;
  teams: TeamTable;
};

/** Which SQL engine a store runs on. */
export type Dialect = 'sqlite' | 'postgres';

/** A Kysely handle plus the dialect it speaks, for the few queries that differ. */
export type Db = { db: Kysely<Database>; dialect: Dialect };
