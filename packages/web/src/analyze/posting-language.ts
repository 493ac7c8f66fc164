// Common English words: a posting in English uses many of them.
const ENGLISH_WORDS = new Set(
  (
    'the and of to a in for is are you we our with on as be will this that or by an at from ' +
    'your it who have can work team role experience about us their they what all not has ' +
    'into more how new help build if its also which'
  ).split(' '),
);
// Common words of the other Latin-script languages rolefit speaks (and a few neighbours), none
// of them English words.
const OTHER_WORDS = new Set(
  // Spanish, Portuguese, Italian
  (
    'el los las del y en para con una por que es se su sus al lo como más ser nuestro nuestra ' +
    'equipo trabajo experiencia buscamos e o da do dos das em não com um uma para il della ' +
    // German
    'der die das und ist mit für von zu den im auf eine ein wir sie nicht dem des sich auch ' +
    'werden oder bei suchen unser unsere erfahrung arbeit ' +
    // French
    'le la les et des du un une est pour dans avec sur nous vous qui au aux ce cette sont ' +
    'notre nos être équipe travail expérience recherchons'
  ).split(' '),
);

/**
 * Whether `text` is clearly not English, so the analyzer (English only) should say so rather
 * than place it: most of its letters outside the Latin script, or common words of another
 * language (Spanish, German, French…) clearly outnumbering common English ones. Short, mixed or
 * jargon-only text counts as English, so a pasted title or a list of skills is still analysed.
 * @example clearlyNotEnglish('Wir suchen eine Forscherin für maschinelles Lernen und …') // true
 */
export function clearlyNotEnglish(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return false;
  const latin = letters.filter((l) => /\p{Script=Latin}/u.test(l)).length;
  if (letters.length >= 20 && latin / letters.length < 0.5) return true;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  const other = words.filter((w) => OTHER_WORDS.has(w)).length;
  return other >= 4 && other > 2 * english;
}
