import { confidenceBand } from './confidence.ts';
import { REGIMES, WORK_KINDS } from './grid.ts';
import type { QuizResult, TwoJobs } from './quiz-result.ts';
import { ROLE_PROFILES } from './role-profiles.ts';
import { ROLES } from './roles.ts';

/** The note every result carries: the quiz describes work, never a person. */
export const ADVICE_NOTE =
  'This is advice about the work, not a verdict about a person. Do not use it to screen or rank candidates.';

const bullets = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');
const percent = (x: number) => `${Math.round(x * 100)}%`;
const confidenceText = (c: number) => `${percent(c)} (${confidenceBand(c)})`;
const shareText = (s: QuizResult['shares']) =>
  `${percent(s.research)} research, ${percent(s.rnd)} R&D, ${percent(s.product)} product`;

/** The titling section and the closing note, the same for one role and for two jobs. */
function titlingAndNote(result: QuizResult): string {
  const regime = REGIMES[result.regime.recommended];
  const cell = result.regime.cell;
  return `## Titling
**${regime.name}.** ${cell.verdict}

- Risk you accept: ${cell.risk}
- How to manage it: ${cell.manage}

---
_${ADVICE_NOTE}_
`;
}

/** One part of a two-jobs brief: what that part of the week is for and what to grade it on. */
function partSection(part: TwoJobs['parts'][number], index: number): string {
  const role = ROLES[part.role];
  const { summary, profile } = ROLE_PROFILES[part.role];
  return `## Part ${index + 1}: ${role.name} (${percent(part.share)} of the week)
${summary}

- Core question: ${profile['core-question']}
- Outputs: ${profile.output}
- Optimize for: ${profile['optimizes-for']}
- Time horizon: ${profile['time-horizon']}
- Background to look for: ${profile.background}

### Grade this part on
${bullets(part.gradeOn)}`;
}

/** The brief for a week that holds two jobs: a section per part, the risk and the ways out. */
function twoJobsBrief(result: QuizResult, advice: TwoJobs): string {
  const [first, second] = advice.parts;
  return `# Job brief: two jobs in one (${ROLES[first.role].name} + ${ROLES[second.role].name})

${advice.summary}

| | |
|---|---|
| Work | Two jobs (${shareText(result.shares)}) |
| Larger part | ${ROLES[result.role].name} (${percent(result.shares[result.dominantWork])} of the week) |
| Confidence | ${confidenceText(result.confidence)} |

${advice.parts.map(partSection).join('\n\n')}

## Do not grade on
${bullets(result.dontGradeOn)}

## The risk
${advice.risk}

## Ways out
${advice.options.map((option, i) => `${i + 1}. ${option}`).join('\n')}

${titlingAndNote(result)}`;
}

/**
 * A Markdown job brief for the role a result calls for: what the role is for, what to grade it
 * on and not, and how to title it. A week that holds two jobs gets a section per part, the risk
 * and the ways out instead of one role's brief.
 * @example jobBrief(result) // '# Job brief: Research engineer\n…'
 */
export function jobBrief(result: QuizResult): string {
  if (result.split && result.twoJobs) return twoJobsBrief(result, result.twoJobs);
  const role = ROLES[result.role];
  const { summary, profile } = ROLE_PROFILES[result.role];
  const between = result.between
    ? `\n\n> The work sits between **${ROLES[result.between[0]].name}** and **${ROLES[result.between[1]].name}**: hire for the overlap, and read both columns before writing the ladder.`
    : '';
  return `# Job brief: ${role.name}

${summary}${between}

| | |
|---|---|
| Work | ${WORK_KINDS[result.dominantWork].name} (${shareText(result.shares)}) |
| Spectrum position | ${result.position.toFixed(2)} (0 research scientist · 0.5 research engineer · 1 AI engineer) |
| Confidence | ${confidenceText(result.confidence)} |

## Core question
${profile['core-question']}

## Outputs
${profile.output}

## Optimize for
${profile['optimizes-for']}

## Grade on
${bullets(result.gradeOn)}

## Do not grade on
${bullets(result.dontGradeOn)}

## Time horizon
${profile['time-horizon']}

## Background to look for
${profile.background}

${titlingAndNote(result)}`;
}
