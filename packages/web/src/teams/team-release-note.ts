import { messages } from '../messages/messages.ts';
import type { TeamSummary } from './team-api.ts';

const t = messages();

/**
 * Which answers the map and the export include, and when the next batch shows. The server
 * releases answers in whole batches of the team's minimum (`released`, `nextReleaseAt`), so the
 * map never changes by one person's answers.
 * @example releaseNote(summary) // "The map and the export include 9 of the 11 answers. …"
 */
export function releaseNote(summary: TeamSummary): string {
  const { responses, released, nextReleaseAt, replaced } = summary;
  const batch = summary.team.minResponses;
  const note =
    released === responses
      ? t['team.release.all'](released, batch)
      : t['team.release.some'](released, responses, batch, nextReleaseAt - responses);
  return replaced > 0
    ? `${note} ${t['team.release.replaced'](replaced, released - replaced)}`
    : note;
}
