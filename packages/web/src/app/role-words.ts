import { ROLES, type RoleId } from '@rolefit/core';

/**
 * A role's name inside a sentence: lower case, except an acronym ("AI engineer" stays).
 * @example roleInSentence('research-engineer') // 'research engineer'
 */
export const roleInSentence = (role: RoleId): string =>
  ROLES[role].name.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
