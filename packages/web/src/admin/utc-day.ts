import { numberLocale } from '../shared/percent.ts';

/** How much of a day to write: `short` for axis ticks (no year), `full` for tooltips and labels. */
export type DayStyle = 'short' | 'full';

const OPTIONS: Record<DayStyle, Intl.DateTimeFormatOptions> = {
  short: { month: 'short', day: 'numeric' },
  full: { dateStyle: 'medium' },
};

const formats = new Map<string, Intl.DateTimeFormat>();
// The server counts days in UTC, so a day is written in UTC: '2026-03-01' never shows as
// 28 February to someone west of Greenwich.
const formatOf = (style: DayStyle) => {
  const id = `${numberLocale()} ${style}`;
  let f = formats.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(numberLocale(), { ...OPTIONS[style], timeZone: 'UTC' });
    formats.set(id, f);
  }
  return f;
};

const instant = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * A UTC day (`YYYY-MM-DD`, as the stats API names days) as the page's language writes it.
 * @example utcDay('2026-12-02') // 'Dec 2, 2026' in English, '02.12.2026' in German; short: 'Dec 2', '2. Dez.'
 */
export const utcDay = (day: string, style: DayStyle = 'full'): string =>
  formatOf(style).format(instant(day));

/**
 * A range of UTC days as one text in the page's language, the shared parts written once.
 * @example utcDayRange('2026-11-03', '2026-12-02') // 'Nov 3 – Dec 2, 2026'
 */
export const utcDayRange = (from: string, to: string): string =>
  formatOf('full').formatRange(instant(from), instant(to));
