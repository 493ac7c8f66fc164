import {
  ANCHOR_POSITION,
  type Messages as CoreMessages,
  type Language,
  type QuizResult,
  rolesIn,
} from '@rolefit/core';
import type { PreviewCard } from './preview-image.ts';

/**
 * The languages a preview picture is drawn in: its font (Inter) has Latin letters only, so a
 * result shared in Japanese, Chinese or Arabic gets the picture in English (its title and
 * description, which the reader's app draws, stay in the language).
 */
export const PICTURE_LANGUAGES: readonly Language[] = ['en', 'es', 'de', 'fr'];

const whole = (share: number) => `${Math.round(share * 100)}%`;

/** A result's headline in words: its role, the two it sits between, or its two jobs. */
export function resultTitle(result: QuizResult, m: CoreMessages): string {
  const roles = rolesIn(m);
  const inSentence = (role: keyof typeof roles) => m['role.inSentence'](roles[role].name);
  if (result.split) {
    const [first, second] = result.split;
    return m['preview.title.twoJobs'](roles[first].name, inSentence(second));
  }
  if (result.between) {
    const [first, second] = result.between;
    return m['preview.title.between'](inSentence(first), inSentence(second));
  }
  return m['preview.title.role'](inSentence(result.role));
}

/**
 * What a shared result's picture shows: the role (or the two), the mix of work, and its place
 * on the spectrum, a marker per part for two jobs in one.
 * @example previewPng(resultCard(result, en, 5))
 */
export function resultCard(result: QuizResult, m: CoreMessages, questions: number): PreviewCard {
  const roles = rolesIn(m);
  const pair = result.split ?? result.between;
  const eyebrow = result.split
    ? m['preview.twoJobs']
    : result.between
      ? m['preview.between']
      : m['preview.callsFor'];
  // Two jobs add up (+); a result between two roles sits on the line from one to the other (–).
  const headline = pair
    ? `${roles[pair[0]].name} ${result.split ? '+' : '–'} ${m['role.inSentence'](roles[pair[1]].name)}`
    : roles[result.role].name;
  const { research, rnd, product } = result.shares;
  return {
    eyebrow,
    headline,
    mix: m['preview.mix'](whole(research), whole(rnd), whole(product)),
    shares: result.shares,
    markers: result.split ? result.split.map((role) => ANCHOR_POSITION[role]) : [result.position],
    ends: [
      roles['research-scientist'].name,
      roles['research-engineer'].name,
      roles['ai-engineer'].name,
    ],
    footer: m['preview.invite'](questions),
  };
}
