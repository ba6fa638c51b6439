/**
 * `part / whole × 100`, rounded to 2 decimals, halves away from zero; 0 when `whole` is 0.
 *
 * Exact: the quotient is computed on integers (part × 10 000 / whole with the remainder
 * deciding the rounding), so 1/8 is 12.5 and 1/800 is 0.13, where floating point would
 * round some halves the wrong way. Counts are non-negative integers.
 */
export function percentage(part: number, whole: number): number {
  if (whole <= 0) return 0;
  const numerator = BigInt(part) * 10_000n;
  const denominator = BigInt(whole);
  let hundredths = numerator / denominator;
  if ((numerator % denominator) * 2n >= denominator) hundredths += 1n;
  // An integer divided by 100 is the double nearest to the 2-decimal value: it prints as one.
  return Number(hundredths) / 100;
}
