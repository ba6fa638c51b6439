/**
 * `part / whole × 100`, rounded to 2 decimals, halves away from zero; 0 when `whole` is 0.
 *
 * Exact: the quotient is computed on integers (part × 10 000 / whole with the remainder
 * deciding the rounding), so 1/8 is 12.5 and 1/800 is 0.13, where floating point would
 * round some halves the wrong way. Counts are non-negative integers.
 */
/** Counts up to 2^36 (~69 billion): part × 10 000 stays below 2^50. */
const EXACT_IN_DOUBLES = 2 ** 36;

export function percentage(part: number, whole: number): number {
  if (whole <= 0) return 0;
  if (part <= EXACT_IN_DOUBLES && whole <= EXACT_IN_DOUBLES) {
    // The same integer arithmetic in doubles: exact while every value stays far below 2^53
    // (the quotient cannot round up to the next integer), and much cheaper than BigInt.
    const scaled = part * 10_000;
    const quotient = Math.floor(scaled / whole);
    const remainder = scaled - quotient * whole;
    return (remainder * 2 >= whole ? quotient + 1 : quotient) / 100;
  }
  const numerator = BigInt(part) * 10_000n;
  const denominator = BigInt(whole);
  let hundredths = numerator / denominator;
  if ((numerator % denominator) * 2n >= denominator) hundredths += 1n;
  // An integer divided by 100 is the double nearest to the 2-decimal value: it prints as one.
  return Number(hundredths) / 100;
}
