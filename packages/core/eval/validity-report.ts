// The validity report (docs/validity.md), built from figures computed in the same run: never typed
// by hand. `npm run eval` prints it and writes it.
import {
  BETWEEN_MARGIN,
  COLUMN_OF_ROLE,
  COLUMNS,
  CONFIDENCE_BANDS,
  type Column,
  DEFAULT_QUIZ,
  REGIMES,
  ROLE_IDS,
  ROLES,
  type RoleId,
  SPLIT_SHARE,
  score,
  WORK_KINDS,
} from '@rolefit/core';
import { type HeldOut, isRight } from './cross-validate.ts';
import { accuracy, type EvalRun } from './evaluate.ts';
import { levelRight } from './level-score.ts';
import type { Census } from './quiz-census.ts';

const pct = (n: number, d: number) => (d === 0 ? '–' : `${Math.round((100 * n) / d)}%`);
const frac = (n: number, d: number) => `${pct(n, d)} (${n}/${d})`;
const table = (head: string[], rows: (string | number)[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

/** Everything the report is built from. */
export type ReportInput = {
  census: Census;
  ownCases: EvalRun[];
  /** Held-out answers on the shared dev postings, or null when they are not beside the clone. */
  dev: { heldOut: HeldOut[]; folds: number; postings: number } | null;
};

function gridSection(): string {
  const rows = [0, 1, 2, 3, 4].map((index) => {
    const answers = Object.fromEntries(
      DEFAULT_QUIZ.questions.map((q) => [q.id, q.options[index]?.id as string]),
    );
    const r = score(DEFAULT_QUIZ, answers);
    if (!r.ok) throw new Error(r.error.message);
    const v = r.value;
    const headline = v.between
      ? `between ${v.between.map((id) => ROLES[id].name).join(' and ')}`
      : ROLES[v.role].name;
    return [
      `every answer option ${index + 1}`,
      headline,
      WORK_KINDS[v.dominantWork].name,
      `${REGIMES[v.regime.recommended].name} (${v.regime.cell.fit})`,
      `${REGIMES[v.regime.other.regime].name} (${v.regime.other.fit})`,
      v.confidence.toFixed(2),
    ];
  });
  return table(
    ['answer set', 'result', 'dominant work', 'recommended', 'other regime', 'confidence'],
    rows,
  );
}

function censusSection(c: Census): string {
  const rows = ROLE_IDS.map((r) => [ROLES[r].name, c.byRole[r], c.alone[r]]);
  return `${table(['role (dominant work)', 'answer sets', 'of which the role alone'], rows)}

- **Between two neighbouring roles** (their shares within ${BETWEEN_MARGIN} of each other): ${c.between} of ${c.total}.
- **Two jobs in one** (research and product each ≥ ${SPLIT_SHARE}, less R&D than either): ${c.split} of ${c.total}.
- **One answer from another role** (\`changesToFlip\` = 1): ${c.oneChangeFromFlip} of ${c.total}. Five questions are a
  short instrument: most mixed answer sets are one answer from a neighbour, and the result says so
  (never "high" confidence, and "What would change it" names that answer).
- Confidence bands: ${CONFIDENCE_BANDS.map((b) => `${b.band} ${c.byBand[b.band]}`).join(', ')}.`;
}

function ownCasesSection(runs: EvalRun[]): string {
  const rows = runs.map((run) => [
    run.name,
    frac(run.acceptable, run.total),
    ...COLUMNS.map((c) => frac(run.perColumn[c].right, run.perColumn[c].total)),
  ]);
  return table(['reading', 'overall', ...COLUMNS], rows);
}

function levelsSection(runs: EvalRun[]): string {
  const rows = runs.map(({ name, levels: s }) => [
    name,
    `${s.found} of ${s.written}`,
    frac(s.laddersFound, s.ladders),
    frac(s.columnRight, s.written),
    frac(s.caught, s.wrong),
    frac(s.falselyFlagged, s.cleanRead),
    frac(s.driftCaught, s.drifting),
    frac(s.driftFalse, s.steady),
  ]);
  const misses = runs.flatMap((run) =>
    run.outcomes.flatMap((o) =>
      o.levels
        .filter((l) => !levelRight(l))
        .map((l) => [
          run.name,
          o.id,
          `${l.index}. ${(l.name ?? '').replace(/\|/g, '\\|')}`.trim(),
          l.wrong ? `${l.label} (wrong)` : l.label,
          l.found ? (l.column ?? 'too little said') : 'not found',
          l.flagged ? 'flagged' : '–',
        ]),
    ),
  );
  const [first] = runs;
  const extra = first
    ? `In the ${first.total - first.levels.ladders} cases written without levels it found ${
        first.levels.extra === 0
          ? 'none'
          : `${first.levels.extra} levels, in ${first.levels.extraCases} of them`
      } (with titles).`
    : '';
  const head = [
    'reading',
    'levels found',
    'ladders found as written',
    'column read as labelled',
    'wrong levels flagged',
    'clean levels flagged',
    'drifting ladders flagged',
    'steady ladders flagged as drifting',
  ];
  return `${table(head, rows)}

${extra}

Levels read otherwise than labelled (another column, or a \`wrong-column-metrics\` flag where the label has
none or none where it has one):

${misses.length > 0 ? table(['reading', 'case', 'level', 'label', 'read as', 'flag'], misses) : '_None._'}`;
}

const columnOf = (r: RoleId) => COLUMN_OF_ROLE[r];

function confusion(heldOut: HeldOut[]): string {
  const cols: (Column | 'none')[] = [...COLUMNS, 'none'];
  const rows = COLUMNS.map((label) => [
    `**${label}**`,
    ...cols.map(
      (p) =>
        heldOut.filter(
          (h) => columnOf(h.label) === label && (h.role === null ? 'none' : columnOf(h.role)) === p,
        ).length,
    ),
  ]);
  return table(
    ['label ↓ / read as →', ...cols.map((c) => (c === 'none' ? 'not enough' : c))],
    rows,
  );
}

function devSection(dev: NonNullable<ReportInput['dev']>): string {
  const readings = [
    { name: 'with titles', withTitle: true },
    { name: 'title removed, role nouns masked', withTitle: false },
  ];
  const parts = readings.map(({ name, withTitle }) => {
    const hs = dev.heldOut.filter((h) => h.withTitle === withTitle);
    const right = hs.filter(isRight).length;
    const perColumn = COLUMNS.map((c) => {
      const of = hs.filter((h) => columnOf(h.label) === c);
      return frac(of.filter(isRight).length, of.length);
    });
    const bySource = (['title', 'judged'] as const).map((s) => {
      const of = hs.filter((h) => h.labelSource === s);
      return `${s}: ${frac(of.filter(isRight).length, of.length)}`;
    });
    const byBand = CONFIDENCE_BANDS.map(({ band }) => {
      const of = hs.filter((h) => h.band === band);
      return [band, of.length, pct(of.filter(isRight).length, of.length)];
    });
    const twoJobs = hs.filter((h) => h.flags.includes('two-jobs')).length;
    return `### ${name}

Overall **${frac(right, hs.length)}**; by column: ${COLUMNS.map((c, i) => `${c} ${perColumn[i]}`).join(', ')}.
By label source: ${bySource.join(', ')}.

${confusion(hs)}

When it says it is sure, is it right more often?

${table(['confidence band', 'postings', 'right'], byBand)}

The \`two-jobs\` flag fired on ${twoJobs} of ${hs.length} postings.`;
  });
  return `${dev.postings} real public postings (\`../shared/eval/postings-dev.jsonl\`, read at run time), labelled with
the role their content describes. The phrase weights are fitted, so every figure below is
**${dev.folds}-fold cross-validated**: the postings are split into ${dev.folds} folds with each label spread
evenly; the weights are fitted on ${dev.folds - 1} folds (each posting with its title, and without it with
role nouns masked) and the held-out fold is read by that model. No posting is scored by weights
that saw it.

${parts.join('\n\n')}`;
}

/** The whole report as Markdown. */
export function validityReport(input: ReportInput): string {
  const dev = input.dev
    ? devSection(input.dev)
    : '_The shared dev postings were not found beside this clone (`../shared/eval/`), so this section was not computed._';
  return `# How far to trust rolefit's advice

_Generated by \`npm run eval\` (\`packages/core/eval/run-eval.ts\`) from figures computed in that run; do
not edit by hand. Rerun it after changing scoring, placement or the analyzer._

## What the quiz does with the answers

Each answer carries weights over the three kinds of work; their sum is the week's **mix**. The role
is the role of the column that fills most of the week (not the average position on the line, which
only draws the picture). Two neighbouring roles are named together ("between") when their shares
are within ${BETWEEN_MARGIN} of each other. When research and product each hold at least ${SPLIT_SHARE} of the
week and R&D is smaller than either, the result is **two jobs in one** (\`split\`), with advice for
each part, never the research-engineer middle. Confidence is
½·min(1, changes to flip / 3) + ½·min(1, margin / 0.5), where "changes to flip" is the fewest answer
changes after which another role leads and the margin is the dominant share's lead over the next.

### The grid, reproduced on pure answer sets

${gridSection()}

### All ${input.census.total} answer sets of the five questions

${censusSection(input.census)}

## The analyzer on real postings

${dev}

## The analyzer on the cases we wrote

${input.ownCases[0]?.total ?? 0} postings and rubrics written for this project (\`packages/core/eval/cases\`), read by the
committed model (none of them was used to fit it); a deliberately mixed case counts as right on
any role it accepts.

${ownCasesSection(input.ownCases)}

Summary: ${input.ownCases.map((r) => `${r.name} ${Math.round(accuracy(r) * 100)}%`).join(', ')}.

### Level by level

${input.ownCases[0]?.levels.ladders ?? 0} of the cases are career ladders or review rubrics written with levels: each level is labelled
with the column its criteria really grade, and \`wrong\` when that is another column than the role's
on purpose (the analyzer must flag it \`wrong-column-metrics\`). The levels the analyzer finds are
matched to the labelled ones in order; in a case where it finds another number of levels, every
level of that case counts as misread. Clean levels are counted among the ladders found as written.

${levelsSection(input.ownCases)}

## What the advice must not be used for

- **Not to screen, rank or reject people.** It describes work, not a person; nothing here was
  validated as a selection instrument, and it must not be used as one.
- **Not as a measurement of a team's performance.** The team view shows where the work sits, not
  how well it is done.
- **Not on one reading of a posting.** The analyzer reads words, not intent: it is right on about
  the share of real postings shown above, and postings that mix titles and duties are exactly the
  ones it gets wrong most. Read the highlighted evidence before acting on its label.
- **Not outside AI work.** The questions and the phrase lexicon describe research, R&D and product
  work on machine learning; other fields will be placed, but nothing here says how well.
`;
}
