import { roleInSentence as coreRoleInSentence, type RoleId } from '@rolefit/core';
import { CORE_TEXT } from '../messages/core-text.ts';

/** A role's name inside a sentence ("research engineer", "AI engineer"): core's rule, in the page's language. */
export const roleInSentence = (role: RoleId): string => coreRoleInSentence(role, CORE_TEXT);
