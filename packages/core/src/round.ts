/**
 * `value` rounded to `digits` decimal places, the one rounding every number in a result gets
 * (shares and positions to 4, confidence to 2).
 * @example round(0.123456, 4) // 0.1235
 */
export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
