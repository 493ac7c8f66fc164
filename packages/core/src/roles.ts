import {
  COLUMN_OF_ROLE,
  type Column,
  DIMENSION_IDS,
  type DimensionId,
  type RoleId,
} from './ids.ts';
import { en, type FrameworkMessages, type Messages } from './messages/en.ts';
import { frameworkEn } from './messages/framework-en.ts';

/** One anchor role of the spectrum: its name, its column and how to grade it (longer text: ROLE_PROFILES). */
export type Role = {
  id: RoleId;
  name: string;
  column: Column;
  /** What to grade the role on. */
  gradeOn: string[];
  /** Metrics from another column: grading on these is the trap. */
  dontGradeOn: string[];
};

/** A dimension of the comparison, named for people. */
export type Dimension = { id: DimensionId; name: string };

/** The five dimensions in the order the quiz asks them, named from a catalogue. */
export function dimensionsIn(messages: Messages): readonly Dimension[] {
  return DIMENSION_IDS.map((id) => ({ id, name: messages[`dimension.${id}.name`] }));
}

/** The five dimensions, in English. */
export const DIMENSIONS: readonly Dimension[] = /* @__PURE__ */ dimensionsIn(en);

/** The three anchor roles, research end first, with the names and lists of a catalogue. */
export function rolesIn(messages: FrameworkMessages): Readonly<Record<RoleId, Role>> {
  const role = (id: RoleId): Role => {
    const text = messages[`role.${id}`];
    // Copies, so no result can change the catalogue's lists.
    return {
      id,
      name: text.name,
      column: COLUMN_OF_ROLE[id],
      gradeOn: [...text.gradeOn],
      dontGradeOn: [...text.dontGradeOn],
    };
  };
  return {
    'research-scientist': role('research-scientist'),
    'research-engineer': role('research-engineer'),
    'ai-engineer': role('ai-engineer'),
  };
}

/**
 * A role's name inside a sentence, in the words of a catalogue (English by default).
 * @example roleInSentence('research-engineer') // 'research engineer'
 */
export function roleInSentence(role: RoleId, messages: FrameworkMessages = frameworkEn): string {
  return messages['role.inSentence'](messages[`role.${role}`].name);
}

/** The three anchor roles, in English. */
export const ROLES: Readonly<Record<RoleId, Role>> = /* @__PURE__ */ rolesIn(frameworkEn);
