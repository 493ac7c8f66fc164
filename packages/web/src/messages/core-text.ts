import {
  confidenceNamesIn,
  dimensionsIn,
  gridIn,
  type LanguagePack,
  loadLanguage,
  regimesIn,
  roleProfilesIn,
  rolesIn,
  workKindsIn,
} from '@rolefit/core';
import { LANGUAGE } from './language.ts';

/**
 * Core's text for the page's language: its catalogue and the default quiz in its words (same
 * ids, weights and columns, so answers and share codes mean the same in every language). Loaded
 * once, before any module importing this one runs; only the page's language is fetched.
 */
export const CORE: LanguagePack = await loadLanguage(LANGUAGE);

/** Core's catalogue in the page's language, for `score`, `jobBrief`, `decodeAnswers`… */
export const CORE_TEXT = CORE.messages;
/** The default quiz in the page's language. */
export const QUIZ = CORE.quiz;
/** The roles, regimes, work kinds… as core builds them in the page's language. */
export const ROLES = rolesIn(CORE_TEXT);
export const REGIMES = regimesIn(CORE_TEXT);
export const WORK_KINDS = workKindsIn(CORE_TEXT);
export const GRID = gridIn(CORE_TEXT);
export const ROLE_PROFILES = roleProfilesIn(CORE_TEXT);
export const DIMENSIONS = dimensionsIn(CORE_TEXT);
export const CONFIDENCE_NAMES = confidenceNamesIn(CORE_TEXT);
/** The note every page's footer and every brief carries. */
export const ADVICE_NOTE: string = CORE_TEXT['note.advice'];
