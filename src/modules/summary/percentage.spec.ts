import fc from 'fast-check';
import { percentage } from './percentage.js';

describe('percentage', () => {
  it.each([
    [1, 3, 33.33],
    [2, 3, 66.67],
    [1, 8, 12.5],
    [416, 5200, 8],
    [52, 5200, 1],
    [1, 800, 0.13], // 0.125: the half goes up (away from zero)
    [1, 1600, 0.06], // 0.0625
    [1, 20_000, 0.01], // 0.005
    [1, 20_001, 0], // just under 0.005
    [5, 5, 100],
    [3, 2, 150], // more clicks than impressions is possible: not capped
    [0, 7, 0],
  ])('%i / %i → %s', (part, whole, expected) => {
    expect(percentage(part, whole)).toBe(expected);
  });

  it('is 0 when there is nothing to divide by', () => {
    expect(percentage(0, 0)).toBe(0);
    expect(percentage(3, 0)).toBe(0);
  });

  it('rounds every half away from zero, where floating point would not', () => {
    // 1.005 × 100 is 100.49999999999999 in binary floating point.
    expect(percentage(201, 20_000)).toBe(1.01);
    expect(Math.round((201 / 20_000) * 100 * 100) / 100).toBe(1); // the naive way, for contrast
  });

  it('prints as the decimal it stands for', () => {
    expect(JSON.stringify([percentage(1, 3), percentage(2, 3), percentage(7, 9)])).toBe('[33.33,66.67,77.78]');
  });

  it('stays exact for counts beyond 2^32', () => {
    expect(percentage(2 ** 40, 3 * 2 ** 40)).toBe(33.33);
  });

  it('gives what exact integer arithmetic gives, for any counts', () => {
    const exact = (part: number, whole: number) => {
      const numerator = BigInt(part) * 10_000n;
      const denominator = BigInt(whole);
      const hundredths = numerator / denominator + ((numerator % denominator) * 2n >= denominator ? 1n : 0n);
      return Number(hundredths) / 100;
    };
    const count = fc.oneof(fc.nat({ max: 1000 }), fc.nat({ max: 2 ** 36 }), fc.nat({ max: Number.MAX_SAFE_INTEGER }));
    fc.assert(
      fc.property(count, count, (part, whole) => {
        fc.pre(whole > 0);
        expect(percentage(part, whole)).toBe(exact(part, whole));
      }),
      { numRuns: 5000 },
    );
    // Halves next to the fast path's limit, where a double quotient could round up.
    expect(percentage(2 ** 36 - 1, 2 ** 36)).toBe(exact(2 ** 36 - 1, 2 ** 36));
    expect(percentage(1, 2 ** 36)).toBe(0);
  });
});
