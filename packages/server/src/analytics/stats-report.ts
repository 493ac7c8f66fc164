import { COLUMNS, type Quiz, REGIME_IDS, ROLE_IDS } from '@rolefit/core';
import { funnelKey } from '../store/event-store.ts';
import { type Count, METRIC, type StatsFilter, type StatsStore } from '../store/stats-store.ts';
import type { StatsReport } from './analytics-schemas.ts';

/** The most sources listed in a report, busiest first. */
export const MAX_SOURCES = 50;
/** The longest day range a report fills day by day. */
export const MAX_DAYS = 3700;

const DAY_MS = 86_400_000;

/** Every day from `from` to `to`, inclusive (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

const tally = (counts: Count[], metric: string, known: readonly string[]) => {
  const of = new Map(counts.filter((c) => c.metric === metric).map((c) => [c.key, c.count]));
  const extra = [...of.keys()].filter((k) => !known.includes(k)).sort();
  return [...known, ...extra].map((id) => ({ id, count: of.get(id) ?? 0 }));
};

/**
 * The days of the per-day series. A range given at both ends is the range (statsFilter has
 * checked its length). With an open end, the series runs over the data only: an open start from
 * the first day with data, and an explicit end beyond the data clamped to it, so `?to=9999-12-31`
 * costs what the data costs. Never more than MAX_DAYS days either way.
 */
export function seriesDays(
  filter: { from?: string | undefined; to?: string | undefined },
  firstData: string | undefined,
  lastData: string | undefined,
): string[] {
  if (filter.from && filter.to) return daysBetween(filter.from, filter.to);
  if (!firstData || !lastData) return [];
  const first = filter.from && filter.from > firstData ? filter.from : firstData;
  const last = filter.to && filter.to < lastData ? filter.to : lastData;
  if (first > last) return [];
  const days = daysBetween(first, last);
  return days.length > MAX_DAYS ? days.slice(-MAX_DAYS) : days;
}

/**
 * The owner's figures for a filter, from the daily aggregates only: four grouped reads, however
 * many responses are stored. Limited to a field, the funnel figures are null and its steps
 * empty: funnel events carry no fields.
 */
export async function buildStatsReport(
  stats: StatsStore,
  filter: StatsFilter,
  quiz: Quiz,
): Promise<StatsReport> {
  // Limited to a field, there is no funnel to read: events carry no fields.
  const funnelled = filter.field === undefined;
  const [counts, daily, perSource, fields] = await Promise.all([
    stats.totals(filter),
    stats.daily(filter, METRIC.completed, ''),
    stats.bySource(filter, [
      { metric: METRIC.completed, key: '' },
      ...(funnelled
        ? [
            { metric: METRIC.funnel, key: 'shown' },
            { metric: METRIC.funnel, key: 'started' },
          ]
        : []),
    ]),
    stats.fields(filter),
  ]);
  /** A funnel figure, or null when the report is limited to a field. */
  const funnelCount = (count: number) => (funnelled ? count : null);
  const count = (metric: string, key: string) =>
    counts.find((c) => c.metric === metric && c.key === key)?.count ?? 0;

  const perDay = new Map(daily.map((d) => [d.day, d.count]));
  const days = seriesDays(filter, daily[0]?.day, daily.at(-1)?.day);

  const sources = new Map<string, { completions: number; shown: number; started: number }>();
  for (const row of perSource) {
    const entry = sources.get(row.source) ?? { completions: 0, shown: 0, started: 0 };
    if (row.metric === METRIC.completed) entry.completions += row.count;
    else if (row.key === 'shown') entry.shown += row.count;
    else entry.started += row.count;
    sources.set(row.source, entry);
  }

  return {
    from: filter.from ?? null,
    to: filter.to ?? null,
    source: filter.source ?? null,
    field: filter.field ?? null,
    totals: {
      completions: count(METRIC.completed, ''),
      shown: funnelCount(count(METRIC.funnel, 'shown')),
      started: funnelCount(count(METRIC.funnel, 'started')),
    },
    completions: days.map((day) => ({ day, count: perDay.get(day) ?? 0 })),
    roles: tally(counts, METRIC.role, ROLE_IDS),
    regimes: tally(counts, METRIC.regime, REGIME_IDS),
    dominantWork: tally(counts, METRIC.dominantWork, COLUMNS),
    answers: quiz.questions.map((q) => ({
      questionId: q.id,
      prompt: q.prompt,
      options: q.options.map((o) => ({
        optionId: o.id,
        label: o.label,
        count: count(METRIC.answer, `${q.id}:${o.id}`),
      })),
    })),
    funnel: !funnelled
      ? []
      : [
          { step: 'shown', questionId: null, count: count(METRIC.funnel, 'shown') },
          { step: 'started', questionId: null, count: count(METRIC.funnel, 'started') },
          ...quiz.questions.map((q) => ({
            step: 'answered' as const,
            questionId: q.id,
            count: count(METRIC.funnel, funnelKey('answered', q.id)),
          })),
          { step: 'completed', questionId: null, count: count(METRIC.funnel, 'completed') },
        ],
    sources: [...sources.entries()]
      .sort(([, a], [, b]) => b.completions - a.completions || b.shown - a.shown)
      .slice(0, MAX_SOURCES)
      .map(([source, figures]) => ({
        source: source === '' ? null : source,
        completions: figures.completions,
        shown: funnelCount(figures.shown),
        started: funnelCount(figures.started),
      })),
    fields,
  };
}
