import { type CsvColumn, csvTable } from '@rolefit/core';
import type { OrgView, OrgViewTeam } from './org-api.ts';

/** One team of the export: where it sits and what it weighs; blank below its minimum. */
export type OrgExportRow = {
  team: string;
  responses: number;
  weight: number;
  position: number | null;
  research: number | null;
  rnd: number | null;
  product: number | null;
  dominant_work: string | null;
  against: boolean;
};

const rowOf = (t: OrgViewTeam): OrgExportRow => ({
  team: t.name,
  responses: t.responses,
  weight: t.weight,
  position: t.centre?.position ?? null,
  research: t.centre?.shares.research ?? null,
  rnd: t.centre?.shares.rnd ?? null,
  product: t.centre?.shares.product ?? null,
  dominant_work: t.centre?.dominantWork ?? null,
  against: t.against,
});

const COLUMNS: CsvColumn<OrgExportRow>[] = (
  [
    'team',
    'responses',
    'weight',
    'position',
    'research',
    'rnd',
    'product',
    'dominant_work',
    'against',
  ] as const
).map((name) => ({ name, cell: (row) => row[name] }));

/** The org view's teams as export rows, in the view's order. */
export const orgExportRows = (view: OrgView): OrgExportRow[] => view.teams.map(rowOf);

/**
 * The org view as CSV (core's writer: RFC 4180, CRLF, no formula let through), one row per team.
 * @example orgCsv(view) // 'team,responses,weight,…\r\nTheory,6,0.33,…'
 */
export function orgCsv(view: OrgView): string {
  const table = csvTable(COLUMNS);
  return table.header + orgExportRows(view).map(table.line).join('');
}

/** The org view as JSON: the same rows, with the org, its weighting, centre and regime. */
export function orgJson(view: OrgView): string {
  const whole = view.centre && {
    position: view.centre.position,
    research: view.centre.shares.research,
    rnd: view.centre.shares.rnd,
    product: view.centre.shares.product,
    dominant_work: view.centre.dominantWork,
    regime: view.regime?.recommended ?? null,
  };
  return `${JSON.stringify(
    { org: view.org.name, weighting: view.weighting, whole, teams: orgExportRows(view) },
    null,
    2,
  )}\n`;
}
