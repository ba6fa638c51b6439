import type { SchemaField } from '../schema-table.entity.js';
import {
  breakingFieldChanges,
  checkRecord,
  fieldNameErrors,
  MAX_REPORTED_ERRORS,
  MAX_STRING_LENGTH,
  parseTimestamp,
} from './schema-fields.js';

const FIELDS: SchemaField[] = [
  { name: 'email', type: 'string' },
  { name: 'tier', type: 'string' },
  { name: 'lifetime_value', type: 'number' },
  { name: 'vip', type: 'boolean' },
  { name: 'signed_up_at', type: 'timestamp' },
];

describe('fieldNameErrors', () => {
  it('accepts distinct names', () => {
    expect(fieldNameErrors(FIELDS)).toEqual([]);
  });

  it('names every repeat by its index, and reserved names', () => {
    const fields: SchemaField[] = [
      { name: 'a', type: 'string' },
      { name: 'b', type: 'number' },
      { name: 'a', type: 'number' },
      { name: 'constructor', type: 'string' },
      { name: 'a', type: 'boolean' },
    ];
    expect(fieldNameErrors(fields).map((e) => e.field)).toEqual(['fields.2.name', 'fields.3.name', 'fields.4.name']);
  });

  it('is case-sensitive, as JSON keys are', () => {
    expect(
      fieldNameErrors([
        { name: 'Tier', type: 'string' },
        { name: 'tier', type: 'string' },
      ]),
    ).toEqual([]);
  });
});

describe('breakingFieldChanges', () => {
  it('is empty when fields are only added or reordered', () => {
    const next: SchemaField[] = [...FIELDS].reverse().concat({ name: 'tenure_months', type: 'number' });
    expect(breakingFieldChanges(FIELDS, next)).toEqual([]);
    expect(breakingFieldChanges([], FIELDS)).toEqual([]);
  });

  it('lists removed and retyped fields', () => {
    const next: SchemaField[] = [
      { name: 'tier', type: 'number' },
      { name: 'email', type: 'string' },
      { name: 'signed_up_at', type: 'string' },
    ];
    expect(breakingFieldChanges(FIELDS, next)).toEqual([
      { name: 'tier', index: 0, from: 'string', to: 'number' },
      { name: 'lifetime_value', from: 'number' },
      { name: 'vip', from: 'boolean' },
      { name: 'signed_up_at', index: 2, from: 'timestamp', to: 'string' },
    ]);
  });
});

describe('checkRecord', () => {
  it('accepts values of each type, and null for any', () => {
    const body = {
      email: 'a@example.com',
      tier: null,
      lifetime_value: 12_500.5,
      vip: false,
      signed_up_at: '2024-06-01T10:00:00+02:00',
    };
    expect(checkRecord(FIELDS, body)).toEqual({
      ok: true,
      data: { ...body, signed_up_at: '2024-06-01T08:00:00.000Z' },
    });
  });

  it('accepts a partial or empty record: left-out fields are not stored', () => {
    expect(checkRecord(FIELDS, { tier: 'gold' })).toEqual({ ok: true, data: { tier: 'gold' } });
    expect(checkRecord(FIELDS, {})).toEqual({ ok: true, data: {} });
  });

  it.each([
    ['an array', [{ tier: 'gold' }]],
    ['a string', 'gold'],
    ['a number', 1],
    ['null', null],
    ['undefined', undefined],
  ])('refuses a body that is %s', (_case, body) => {
    expect(checkRecord(FIELDS, body)).toEqual({ ok: false, errors: [{ field: 'body', message: expect.any(String) }] });
  });

  it.each([
    ['an unknown field', { colour: 'red' }, 'colour'],
    ['an inherited name', { constructor: 'x' }, 'constructor'],
    ['a number for a string', { tier: 1 }, 'tier'],
    ['a boolean for a string', { tier: true }, 'tier'],
    ['an object for a string', { tier: { name: 'gold' } }, 'tier'],
    ['an over-long string', { email: 'x'.repeat(MAX_STRING_LENGTH + 1) }, 'email'],
    ['a string for a number', { lifetime_value: '12500' }, 'lifetime_value'],
    ['an infinite number', { lifetime_value: Infinity }, 'lifetime_value'],
    ['NaN', { lifetime_value: NaN }, 'lifetime_value'],
    ['a string for a boolean', { vip: 'true' }, 'vip'],
    ['a number for a boolean', { vip: 1 }, 'vip'],
    ['a number for a timestamp', { signed_up_at: 1717228800000 }, 'signed_up_at'],
    ['a non-ISO timestamp', { signed_up_at: 'June 1, 2024' }, 'signed_up_at'],
    ['an array for a timestamp', { signed_up_at: ['2024-06-01T08:00:00Z'] }, 'signed_up_at'],
  ])('refuses %s, naming the field', (_case, body, field) => {
    const check = checkRecord(FIELDS, body);
    expect(check).toEqual({ ok: false, errors: [{ field, message: expect.stringContaining(field) }] });
  });

  it('accepts a string of exactly the maximum length', () => {
    expect(checkRecord(FIELDS, { email: 'x'.repeat(MAX_STRING_LENGTH) }).ok).toBe(true);
  });

  it('names every bad field, up to a limit', () => {
    const check = checkRecord(FIELDS, { tier: 1, vip: 'no', colour: 'red', email: 'ok' });
    expect(check.ok || check.errors.map((e) => e.field)).toEqual(['tier', 'vip', 'colour']);
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`f${i}`, i]));
    const tooMany = checkRecord(FIELDS, many);
    expect(tooMany.ok || tooMany.errors).toHaveLength(MAX_REPORTED_ERRORS);
  });
});

describe('parseTimestamp', () => {
  it.each([
    ['2026-03-15T10:30:00.000Z', '2026-03-15T10:30:00.000Z'],
    ['2026-03-15T10:30:00Z', '2026-03-15T10:30:00.000Z'],
    ['2026-03-15T10:30Z', '2026-03-15T10:30:00.000Z'],
    ['2026-03-15T10:30:00.5Z', '2026-03-15T10:30:00.500Z'],
    ['2026-03-15T10:30:00.123456789Z', '2026-03-15T10:30:00.123Z'],
    ['2026-03-15T10:30:00.570Z', '2026-03-15T10:30:00.570Z'],
    ['2026-03-15T10:30:00+02:00', '2026-03-15T08:30:00.000Z'],
    ['2026-03-15T00:30:00+0100', '2026-03-14T23:30:00.000Z'],
    ['2026-03-15T23:30:00-05:30', '2026-03-16T05:00:00.000Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
  ])('reads %s as %s', (input, iso) => {
    expect(parseTimestamp(input)?.toISOString()).toBe(iso);
  });

  it.each([
    '2026-03-15',
    '2026-03-15T10:30:00',
    '2026-03-15 10:30:00Z',
    '2026-02-30T00:00:00Z',
    '2025-02-29T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-00-01T00:00:00Z',
    '2026-03-00T00:00:00Z',
    '2026-03-15T24:00:00Z',
    '2026-03-15T10:60:00Z',
    '2026-03-15T10:30:60Z',
    '2026-03-15T10:30:00+24:00',
    '2026-03-15T10:30:00+02:60',
    '9999-12-31T23:59:59-01:00',
    '+02026-03-15T10:30:00Z',
    'not a date',
    '',
  ])('refuses %j', (input) => {
    expect(parseTimestamp(input)).toBeUndefined();
  });
});
