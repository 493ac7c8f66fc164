import type { ColumnType, Generated, Kysely } from 'kysely';

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
  /** The id of the same browser's earlier answer for the team that this one replaces. */
  replaces: string | null;
  /** The team's round the answer belongs to (null: round 1, or no team). */
  round: number | null;
  source: string | null;
  /** Hidden fields as JSON text (`{"utm_source":"…"}`); null when the page carried none. */
  fields: string | null;
  created_at: string;
  /** PostgreSQL hands a bigserial back as text. */
  seq: Generated<number | string>;
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

/** A team's round after the first: the first is the team's own, opened as it was created. */
export type TeamRoundTable = {
  team_id: string;
  number: number;
  opened_at: string;
};

/** An organisation: its admin secret as a hash only. */
export type OrgTable = { id: string; name: string; admin_hash: string; created_at: string };

/** A team in an organisation, joined with its lead's consent; the headcount where the lead gave it. */
export type OrgTeamTable = {
  org_id: string;
  team_id: string;
  headcount: number | null;
  joined_at: string;
};

/** Every table rolefit stores, as Kysely sees them. Later features add theirs here. */
export type Database = {
  responses: ResponseTable;
  teams: TeamTable;
  team_rounds: TeamRoundTable;
  orgs: OrgTable;
  org_teams: OrgTeamTable;
  settings: SettingsTable;
  events: EventTable;
  daily_stats: DailyStatsTable;
  daily_totals: DailyTotalsTable;
  daily_field_stats: DailyFieldStatsTable;
  webhooks: WebhookTable;
  webhook_deliveries: WebhookDeliveryTable;
};

/** An owner's webhook. The secret is kept as it is (not hashed): every delivery is signed with it. */
export type WebhookTable = {
  id: string;
  url: string;
  /** The event types it subscribes to, as a JSON array. */
  events: string;
  secret: string;
  created_at: string;
};

/**
 * One delivery of one event to one webhook: the outbox row, written in the same transaction as
 * what it announces. `body` is the exact JSON sent on every attempt. Times are ISO text, so they
 * order as text on both engines.
 */
export type WebhookDeliveryTable = {
  /** The `Rolefit-Delivery` header: the same on every attempt. */
  id: string;
  webhook_id: string;
  event: string;
  body: string;
  /** The team an event is about, so the team's deletion takes its queued events too. */
  team_id: string | null;
  status: 'pending' | 'retrying' | 'delivered' | 'failed';
  attempts: number;
  next_attempt_at: string | null;
  /** Until when an instance's claim holds; past it, another may take the row. */
  locked_until: string | null;
  /** Who holds the claim: only its holder may record the attempt. */
  claim: string | null;
  last_attempt_at: string | null;
  response_code: number | null;
  error: string | null;
  created_at: string;
  seq: Generated<number | string>;
};

/** Server-wide settings by key (the owner token's hash lives here). */
export type SettingsTable = { key: string; value: string; updated_at: string };

/** One anonymous funnel event, unique per (run, type, question). */
export type EventTable = {
  run: string;
  type: string;
  question_id: string;
  source: string;
  day: string;
  created_at: string;
};

/** A daily count per (day, source, metric, key); PostgreSQL hands bigint sums back as text. */
export type DailyStatsTable = {
  day: string;
  source: string;
  metric: string;
  key: string;
  count: ColumnType<number | string, number, number>;
};

/** The same counts over all sources, per (day, metric, key). */
export type DailyTotalsTable = Omit<DailyStatsTable, 'source'>;

/** The same counts per hidden field and value: a response counts once under each of its fields. */
export type DailyFieldStatsTable = DailyStatsTable & { field: string; value: string };

/** Which SQL engine a store runs on. */
export type Dialect = 'sqlite' | 'postgres';

/** A Kysely handle plus the dialect it speaks, for the few queries that differ. */
export type Db = { db: Kysely<Database>; dialect: Dialect };
