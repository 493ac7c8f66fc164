import { en, type Messages } from './messages/en.ts';
import { roleInSentence, rolesIn } from './roles.ts';
import { rubricDimensionsIn } from './rubric-dimensions.ts';
import type { Rubric, RubricLadder, RubricLevel } from './rubric-schema.ts';

const bullets = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');

/** One level: its heading, its scope, a line per criterion, and what not to grade on. */
function levelSection(level: RubricLevel, ladder: RubricLadder, m: Messages): string {
  const names = new Map(rubricDimensionsIn(m).map((d) => [d.id, d.name]));
  const both = ladder.roles.length > 1;
  // With two roles on one ladder, each line says whose part it grades.
  const label = (name: string, role: RubricLevel['criteria'][number]['role']) =>
    `**${both ? m['rubric.forRole'](name, roleInSentence(role, m)) : name}**`;
  const lines = [
    ...level.criteria.map((c) =>
      m['brief.item'](label(names.get(c.dimension) ?? '', c.role), c.text),
    ),
    ...level.recognition.map((r) =>
      m['brief.item'](label(m['rubric.recognition'], r.role), r.text),
    ),
  ];
  return `### ${m['rubric.level'](level.level, level.name)}
_${level.scope}_

${bullets(lines)}

#### ${m['brief.heading.dontGradeOn']}
${bullets(level.dontGradeOn)}`;
}

function ladderSection(ladder: RubricLadder, m: Messages): string {
  return `## ${ladder.name}

${ladder.summary.join('\n\n')}

**${m['brief.heading.gradeOn']}**
${bullets(ladder.gradeOn)}

${ladder.levels.map((level) => levelSection(level, ladder, m)).join('\n\n')}`;
}

function interfacesSection(rubric: Rubric, m: Messages): string {
  if (rubric.interfaces.length === 0) return '';
  const roles = rolesIn(m);
  const lines = rubric.interfaces.map((i) =>
    m['brief.item'](`**${m['rubric.interface'](roles[i.from].name, roles[i.to].name)}**`, i.hands),
  );
  return `## ${m['rubric.heading.interfaces']}
${m['rubric.interfaces.intro']}

${bullets(lines)}

`;
}

/**
 * A rubric as Markdown to paste into a document or print: the title, how to read it and the
 * titling verdict; per ladder its heading, what its work is for and what to grade it on; per level
 * one `### Level n — name` heading, its scope, a line per dimension and a `#### Do not grade on`
 * list; then the interfaces between tracks and the advice note. Headings come from `messages`,
 * which should be the catalogue the rubric was written with (English by default).
 * @example rubricMarkdown(rubric({ role: 'ai-engineer' }).value) // '# Review rubric: AI engineer…'
 */
export function rubricMarkdown(rubric: Rubric, messages: Messages = en): string {
  const m = messages;
  const { titling } = rubric;
  return `# ${rubric.title}

${rubric.intro}

${m['brief.verdict'](titling.name, titling.verdict)}
- ${m['brief.item'](m['brief.titling.manage'], titling.manage)}

${rubric.ladders.map((ladder) => ladderSection(ladder, m)).join('\n\n')}

${interfacesSection(rubric, m)}---
_${rubric.note}_
`;
}
