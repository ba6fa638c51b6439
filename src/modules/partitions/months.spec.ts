import { addMonths, firstRetainedMonth, monthOf, monthOfPartition, partitionName } from './months.js';

describe('months', () => {
  it('takes the UTC month of an instant, whatever its offset', () => {
    expect(monthOf(new Date('2026-11-30T23:30:00-05:00')).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(monthOf(new Date('2026-12-01T00:00:00Z')).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(monthOf(new Date('2026-11-30T23:59:59.999Z')).toISOString()).toBe('2026-11-01T00:00:00.000Z');
  });

  it('adds and subtracts months across years', () => {
    const november = new Date('2026-11-01T00:00:00Z');
    expect(addMonths(november, 2).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(addMonths(november, -11).toISOString()).toBe('2025-12-01T00:00:00.000Z');
    expect(addMonths(november, -23).toISOString()).toBe('2024-12-01T00:00:00.000Z');
  });

  it('names partitions and reads the month back from the name only', () => {
    const month = new Date('2001-03-01T00:00:00Z');
    expect(partitionName('interaction_history', month)).toBe('interaction_history_p2001_03');
    expect(monthOfPartition('interaction_history', 'interaction_history_p2001_03')).toEqual(month);
    expect(monthOfPartition('interaction_history', 'impression_p2001_03')).toBeUndefined();
    expect(monthOfPartition('interaction_history', 'interaction_history_default')).toBeUndefined();
    expect(monthOfPartition('interaction_history', 'interaction_history_p2001_13')).toBeUndefined();
    expect(monthOfPartition('interaction_history', 'interaction_history_p2001_03_old')).toBeUndefined();
  });

  it('keeps the current month and the whole months of the retention before it', () => {
    const now = new Date('2026-11-28T23:00:00Z');
    expect(firstRetainedMonth(now, 1).toISOString()).toBe('2026-10-01T00:00:00.000Z');
    expect(firstRetainedMonth(now, 12).toISOString()).toBe('2025-11-01T00:00:00.000Z');
  });
});
