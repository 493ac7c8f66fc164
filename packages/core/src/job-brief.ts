import { REGIMES, WORK_KINDS } from './grid.ts';
import type { QuizResult } from './quiz-result.ts';
import { ROLE_PROFILES } from './role-profiles.ts';
import { type DIMENSIONS, ROLES } from './roles.ts';

/** The note every result carries: the quiz describes work, never a person. */
export const ADVICE_NOTE =
  'This is advice about the work, not a verdict about a person. Do not use it to screen or rank candidates.';

const bullets = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');

/**
 * A Markdown job brief for the role a result calls for: what the role is for, what to grade it
 * on and not, and how to title it.
 * @example jobBrief(result) // '# Job brief: Research engineer\n…'
 */
export function jobBrief(result: QuizResult): string {
  const role = ROLES[result.role];
  const { summary, profile: byDimension } = ROLE_PROFILES[result.role];
  const profile = (id: (typeof DIMENSIONS)[number]['id']) => byDimension[id];
  const between = result.between
    ? `\n\n> The work sits between **${ROLES[result.between[0]].name}** and **${ROLES[result.between[1]].name}**: hire for the overlap, and read both columns before writing the ladder.`
    : '';
  const regime = REGIMES[result.regime.recommended];
  const cell = result.regime.cell;
  return `# Job brief: ${role.name}

${summary}${between}

| | |
|---|---|
| Work | ${WORK_KINDS[result.dominantWork].name} (${Math.round(result.shares.research * 100)}% research, ${Math.round(result.shares.rnd * 100)}% R&D, ${Math.round(result.shares.product * 100)}% product) |
| Spectrum position | ${result.position.toFixed(2)} (0 research scientist · 0.5 research engineer · 1 AI engineer) |
| Confidence | ${Math.round(result.confidence * 100)}% |

## Core question
${profile('core-question')}

## Outputs
${profile('output')}

## Optimize for
${profile('optimizes-for')}

## Grade on
${bullets(result.gradeOn)}

## Do not grade on
${bullets(result.dontGradeOn)}

## Time horizon
${profile('time-horizon')}

## Background to look for
${profile('background')}

## Titling
**${regime.name}.** ${cell.verdict}

- Risk you accept: ${cell.risk}
- How to manage it: ${cell.manage}

---
_${ADVICE_NOTE}_
`;
}
