import type { TeamSummary } from './team-api.ts';

const answers = (n: number) => `${n} ${n === 1 ? 'answer' : 'answers'}`;

/**
 * Which answers the map and the export include, and when the next batch shows. The server
 * releases answers in whole batches of the team's minimum (`released`, `nextReleaseAt`), so the
 * map never changes by one person's answers.
 * @example releaseNote(summary) // "The map and the export include 9 of the 11 answers. …"
 */
export function releaseNote(summary: TeamSummary): string {
  const { responses, released, nextReleaseAt } = summary;
  const batch = summary.team.minResponses;
  const more = nextReleaseAt - responses;
  const why = 'so no one’s answers can be picked out by comparing the map before and after.';
  if (released === responses) {
    return `The map and the export include all ${answers(released)}. New answers show ${batch} at a time, ${why}`;
  }
  return `The map and the export include ${released} of the ${answers(responses)}. The next ${batch} show together once ${more} more ${more === 1 ? 'person answers' : 'people answer'}, ${why}`;
}
