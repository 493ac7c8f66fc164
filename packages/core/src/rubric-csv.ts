import { csvTable } from './csv-table.ts';
import { en, type Messages } from './messages/en.ts';
import { rubricDimensionsIn } from './rubric-dimensions.ts';
import type { Rubric, RubricCriterion, RubricLadder, RubricLevel } from './rubric-schema.ts';

/** One line of the CSV: a criterion, with its level and ladder around it. */
type Row = {
  ladder: RubricLadder;
  level: RubricLevel;
  criterion: RubricCriterion;
  dimension: string;
};

// Headers are ids, the same in every language, as the other exports' are; the cells are the text.
const TABLE = csvTable<Row>([
  { name: 'ladder', cell: (r) => r.ladder.name },
  { name: 'track', cell: (r) => r.ladder.track },
  { name: 'level', cell: (r) => r.level.level },
  { name: 'level_name', cell: (r) => r.level.name },
  { name: 'scope', cell: (r) => r.level.scope },
  { name: 'dimension', cell: (r) => r.criterion.dimension },
  { name: 'dimension_name', cell: (r) => r.dimension },
  { name: 'role', cell: (r) => r.criterion.role },
  { name: 'criterion', cell: (r) => r.criterion.text },
  {
    name: 'recognised_as',
    cell: (r) => r.level.recognition.find((x) => x.role === r.criterion.role)?.text,
  },
  // A list in one cell, an item a line: quoted, as RFC 4180 allows line breaks in a cell.
  { name: 'do_not_grade_on', cell: (r) => r.level.dontGradeOn.join('\n') },
]);

/**
 * A rubric as CSV (RFC 4180, CRLF, through `csvTable`): a header, then one row per ladder ×
 * level × dimension (× role, where one ladder grades both parts of a split), each row carrying
 * its level's scope and what not to grade on. The interfaces between tracks are not rows of the
 * grid: they are in the Markdown and the JSON.
 * @example rubricCsv(rubric({ role: 'ai-engineer' }).value).split('\r\n')[0] // 'ladder,track,level,…'
 */
export function rubricCsv(rubric: Rubric, messages: Messages = en): string {
  const names = new Map(rubricDimensionsIn(messages).map((d) => [d.id, d.name]));
  const rows = rubric.ladders.flatMap((ladder) =>
    ladder.levels.flatMap((level) =>
      level.criteria.map((criterion) => ({
        ladder,
        level,
        criterion,
        dimension: names.get(criterion.dimension) ?? criterion.dimension,
      })),
    ),
  );
  return TABLE.header + rows.map(TABLE.line).join('');
}
