import { DIMENSION_IDS, type DimensionId, type RoleId } from './ids.ts';
import { en, type Messages } from './messages/en.ts';

/** How a role reads to people: what it is called, what it is for, how it looks on each dimension. */
export type RoleProfile = {
  /** Other names the role goes by. */
  aliases: string[];
  summary: string;
  /** What the role looks like on each of the five dimensions. */
  profile: Record<DimensionId, string>;
};

/**
 * The longer descriptions of the three roles from a catalogue, kept apart from `ROLES` so that
 * surfaces which only name and grade a role (the widget) don't carry them.
 */
export function roleProfilesIn(messages: Messages): Readonly<Record<RoleId, RoleProfile>> {
  const of = (id: RoleId): RoleProfile => ({
    aliases: [...messages[`profile.${id}.alias`]],
    summary: messages[`profile.${id}.summary`],
    profile: Object.fromEntries(
      DIMENSION_IDS.map((d) => [d, messages[`profile.${id}.${d}`]]),
    ) as Record<DimensionId, string>,
  });
  return {
    'research-scientist': of('research-scientist'),
    'research-engineer': of('research-engineer'),
    'ai-engineer': of('ai-engineer'),
  };
}

/** The longer descriptions of the three roles, in English. */
export const ROLE_PROFILES: Readonly<Record<RoleId, RoleProfile>> =
  /* @__PURE__ */ roleProfilesIn(en);
