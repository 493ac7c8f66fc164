/**
 * A share (0 to 1) in whole percent, as every page and the widget show it: `42` for 0.42. (The
 * widget's text catalogue takes the number, to put its own sign around it.)
 */
export const wholePercent = (share: number): number => Math.round(share * 100);

/**
 * A share (0 to 1) as a CSS length in whole percent, never localized.
 * @example cssPercent(0.424) // '42%'
 */
export const cssPercent = (share: number): string => `${wholePercent(share)}%`;

/**
 * The locale numbers are written in: the page's language (`<html lang>`, which the app sets
 * before anything renders). Arabic keeps Western digits (`ar-u-nu-latn`), as the Arabic
 * catalogue writes its counts, so a sentence never mixes two kinds of digit.
 */
export function numberLocale(): string {
  const lang = (typeof document === 'undefined' ? '' : document.documentElement.lang) || 'en';
  return lang === 'ar' ? 'ar-u-nu-latn' : lang;
}

const formats = new Map<string, Intl.NumberFormat>();
const format = (key: string, options: Intl.NumberFormatOptions) => {
  const locale = numberLocale();
  const id = `${locale} ${key}`;
  let f = formats.get(id);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    formats.set(id, f);
  }
  return f;
};

/**
 * A share (0 to 1) as text in whole percent, in the page's language.
 * @example percent(0.424) // '42%' in English, '42 %' in German and French
 */
export const percent = (share: number): string =>
  format('percent', { style: 'percent', maximumFractionDigits: 0 }).format(
    wholePercent(share) / 100,
  );

/**
 * A position or spread on the spectrum (0 to 1), with two decimals, in the page's language.
 * @example decimal(0.4) // '0.40', '0,40' in German
 */
export const decimal = (x: number, digits = 2): string =>
  format(`decimal${digits}`, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(x);

/** A signed decimal, for weights: `+0.40`, `−0.25`. */
export const signedDecimal = (x: number, digits = 2): string =>
  format(`signed${digits}`, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(x);

/** A whole count, grouped as the page's language groups digits: `12,000`, `12.000`. */
export const count = (n: number): string => format('count', {}).format(n);

/** A date as the page's language writes it, without the time. */
export const date = (when: Date | string | number): string =>
  new Intl.DateTimeFormat(numberLocale(), { dateStyle: 'medium' }).format(new Date(when));
