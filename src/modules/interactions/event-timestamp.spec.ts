import { checkEventTimestamp } from './event-timestamp.js';

const NOW = Date.parse('2026-11-28T12:00:00.000Z');
const at = (value: unknown) => {
  const check = checkEventTimestamp(value, NOW);
  return check.ok ? check.at.toISOString() : check.reason;
};

describe('checkEventTimestamp', () => {
  it.each([
    ['2026-03-15T10:30:00.000Z', '2026-03-15T10:30:00.000Z'],
    ['2026-03-15T10:30:00Z', '2026-03-15T10:30:00.000Z'],
    ['2026-03-15T12:30:00.5+02:00', '2026-03-15T10:30:00.500Z'],
    ['2026-03-15T10:30:00.123999-00:30', '2026-03-15T11:00:00.123Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
    ['2000-01-01T00:00:00Z', '2000-01-01T00:00:00.000Z'],
    ['2000-01-01T01:00:00+01:00', '2000-01-01T00:00:00.000Z'],
    ['2026-11-29T12:00:00.000Z', '2026-11-29T12:00:00.000Z'],
  ])('accepts %s as %s', (value, expected) => {
    expect(at(value)).toBe(expected);
  });

  it.each([
    '2026-02-30T00:00:00Z',
    '2025-02-29T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-00-10T00:00:00Z',
    '2026-03-15T24:00:00Z',
    '2026-03-15T10:60:00Z',
    '2026-03-15T10:30:60Z',
    '2026-03-15T10:30:00+24:00',
    '2026-03-15T10:30:00',
    '2026-03-15',
    '2026-03-15 10:30:00Z',
    '2026-03-15T10:30:00.Z',
    '+02026-03-15T10:30:00Z',
    'yesterday',
    '',
    42,
    null,
  ])('rejects the format of %p', (value) => {
    expect(at(value)).toBe('format');
  });

  it.each([
    '1999-12-31T23:59:59.999Z',
    '2000-01-01T00:30:00+01:00',
    '2026-11-29T12:00:00.001Z',
    '0099-01-01T00:00:00Z',
  ])('rejects %s as out of range', (value) => {
    expect(at(value)).toBe('range');
  });
});
