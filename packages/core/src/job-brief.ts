import { confidenceBand } from './confidence.ts';
import { regimesIn, workKindsIn } from './grid.ts';
import { en, type Messages } from './messages/en.ts';
import { frameworkEn } from './messages/framework-en.ts';
import type { QuizResult, TwoJobs } from './quiz-result.ts';
import { roleProfilesIn } from './role-profiles.ts';
import { rolesIn } from './roles.ts';

/** The note every result carries, in English: the quiz describes work, never a person. */
export const ADVICE_NOTE: string = frameworkEn['note.advice'];

const bullets = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');

/** The titling section and the closing note, the same for one role and for two jobs. */
function titlingAndNote(result: QuizResult, m: Messages): string {
  const regime = regimesIn(m)[result.regime.recommended];
  const cell = result.regime.cell;
  return `## ${m['brief.heading.titling']}
${m['brief.verdict'](regime.name, cell.verdict)}

- ${m['brief.item'](m['brief.titling.risk'], cell.risk)}
- ${m['brief.item'](m['brief.titling.manage'], cell.manage)}

---
_${m['note.advice']}_
`;
}

/** One part of a two-jobs brief: what that part of the week is for and what to grade it on. */
function partSection(part: TwoJobs['parts'][number], index: number, m: Messages): string {
  const role = rolesIn(m)[part.role];
  const { summary, profile } = roleProfilesIn(m)[part.role];
  return `## ${m['brief.part.title'](index + 1, role.name, part.share)}
${summary}

- ${m['brief.item'](m['brief.heading.coreQuestion'], profile['core-question'])}
- ${m['brief.item'](m['brief.heading.outputs'], profile.output)}
- ${m['brief.item'](m['brief.heading.optimizeFor'], profile['optimizes-for'])}
- ${m['brief.item'](m['brief.heading.timeHorizon'], profile['time-horizon'])}
- ${m['brief.item'](m['brief.heading.background'], profile.background)}

### ${m['brief.part.gradeOn']}
${bullets(part.gradeOn)}`;
}

/** The brief for a week that holds two jobs: a section per part, the risk and the ways out. */
function twoJobsBrief(result: QuizResult, advice: TwoJobs, m: Messages): string {
  const roles = rolesIn(m);
  const [first, second] = advice.parts;
  const confidence = m['brief.confidence'](result.confidence, confidenceBand(result.confidence));
  const larger = m['brief.row.largerPartValue'](
    roles[result.role].name,
    result.shares[result.dominantWork],
  );
  return `# ${m['brief.title.twoJobs'](roles[first.role].name, roles[second.role].name)}

${advice.summary}

| | |
|---|---|
| ${m['brief.row.work']} | ${m['brief.row.twoJobsValue'](m['brief.shares'](result.shares))} |
| ${m['brief.row.largerPart']} | ${larger} |
| ${m['brief.row.confidence']} | ${confidence} |

${advice.parts.map((part, i) => partSection(part, i, m)).join('\n\n')}

## ${m['brief.heading.dontGradeOn']}
${bullets(result.dontGradeOn)}

## ${m['brief.heading.risk']}
${advice.risk}

## ${m['brief.heading.waysOut']}
${advice.options.map((option, i) => `${i + 1}. ${option}`).join('\n')}

${titlingAndNote(result, m)}`;
}

/**
 * A Markdown job brief for the role a result calls for, in the words of `messages` (English by
 * default): what the role is for, what to grade it on and not, and how to title it. A week that
 * holds two jobs gets a section per part, the risk and the ways out instead of one role's brief.
 * @example jobBrief(result) // '# Job brief: Research engineer\n…'
 */
export function jobBrief(result: QuizResult, messages: Messages = en): string {
  const m = messages;
  if (result.split && result.twoJobs) return twoJobsBrief(result, result.twoJobs, m);
  const roles = rolesIn(m);
  const role = roles[result.role];
  const { summary, profile } = roleProfilesIn(m)[result.role];
  const between = result.between
    ? `\n\n> ${m['brief.between'](roles[result.between[0]].name, roles[result.between[1]].name)}`
    : '';
  const work = workKindsIn(m)[result.dominantWork].name;
  const confidence = m['brief.confidence'](result.confidence, confidenceBand(result.confidence));
  return `# ${m['brief.title.role'](role.name)}

${summary}${between}

| | |
|---|---|
| ${m['brief.row.work']} | ${m['brief.row.workValue'](work, m['brief.shares'](result.shares))} |
| ${m['brief.row.position']} | ${m['brief.row.positionValue'](result.position)} |
| ${m['brief.row.confidence']} | ${confidence} |

## ${m['brief.heading.coreQuestion']}
${profile['core-question']}

## ${m['brief.heading.outputs']}
${profile.output}

## ${m['brief.heading.optimizeFor']}
${profile['optimizes-for']}

## ${m['brief.heading.gradeOn']}
${bullets(result.gradeOn)}

## ${m['brief.heading.dontGradeOn']}
${bullets(result.dontGradeOn)}

## ${m['brief.heading.timeHorizon']}
${profile['time-horizon']}

## ${m['brief.heading.background']}
${profile.background}

${titlingAndNote(result, m)}`;
}
