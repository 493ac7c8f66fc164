/**
 * A share (0 to 1) in whole percent, as every page and the widget show it: `42` for 0.42. (The
 * widget's text catalogue takes the number, to put its own sign around it.)
 */
export const wholePercent = (share: number): number => Math.round(share * 100);

/**
 * A share (0 to 1) as text in whole percent, also for CSS lengths.
 * @example percent(0.424) // '42%'
 */
export const percent = (share: number): string => `${wholePercent(share)}%`;
