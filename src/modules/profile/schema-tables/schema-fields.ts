/**
 * Rules about a schema table's declared fields and the records stored against them.
 * Pure, so that every rule has a unit test; the service applies them.
 */
import type { FieldError } from '../../../common/errors/domain-error.js';
import type { RecordValue } from '../schema-record.entity.js';
import type { FieldType, SchemaField } from '../schema-table.entity.js';
import { isPlainObject, RESERVED_KEYS } from '../shared/names.js';

export const MAX_FIELDS = 200;
export const MAX_STRING_LENGTH = 10_000;
/** A body with more bad fields than this reports only the first ones. */
export const MAX_REPORTED_ERRORS = 100;

/** Names declared twice (each repeat named by its index) and reserved names. */
export function fieldNameErrors(fields: readonly SchemaField[]): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  fields.forEach((field, i) => {
    if (RESERVED_KEYS.has(field.name)) {
      errors.push({ field: `fields.${i}.name`, message: `${field.name} is a reserved name` });
    } else if (seen.has(field.name)) {
      errors.push({ field: `fields.${i}.name`, message: `field ${field.name} is declared more than once` });
    }
    seen.add(field.name);
  });
  return errors;
}

/** A declared field that a new declaration removes or gives another type. */
export interface FieldChange {
  name: string;
  /** The field's index in the new declaration; undefined when it is removed. */
  index?: number;
  from: FieldType;
  to?: FieldType;
}

/**
 * The fields whose stored values the new declaration would orphan or mistype. Added
 * fields and reordering change nothing stored, so they are not listed.
 */
export function breakingFieldChanges(current: readonly SchemaField[], next: readonly SchemaField[]): FieldChange[] {
  const nextIndex = new Map(next.map((field, index) => [field.name, index]));
  const changes: FieldChange[] = [];
  for (const field of current) {
    const index = nextIndex.get(field.name);
    if (index === undefined) changes.push({ name: field.name, from: field.type });
    else if (next[index].type !== field.type)
      changes.push({ name: field.name, index, from: field.type, to: next[index].type });
  }
  return changes;
}

export type RecordCheck = { ok: true; data: Record<string, RecordValue> } | { ok: false; errors: FieldError[] };

/**
 * Checks a record body against the table's fields and returns the data to store:
 * every key a declared field, every value of the field's type or null ("unknown"),
 * timestamps normalised to `toISOString()`. Fields left out are simply not stored.
 */
export function checkRecord(fields: readonly SchemaField[], body: unknown): RecordCheck {
  if (!isPlainObject(body)) {
    return { ok: false, errors: [{ field: 'body', message: 'must be a JSON object of field names to values' }] };
  }
  const types = new Map(fields.map((field) => [field.name, field.type]));
  const data: Record<string, RecordValue> = {};
  const errors: FieldError[] = [];
  for (const [name, value] of Object.entries(body)) {
    const type = types.get(name);
    const checked: Checked = type === undefined ? { problem: 'is not a field of this table' } : checkValue(type, value);
    if ('problem' in checked) {
      if (errors.length < MAX_REPORTED_ERRORS) errors.push({ field: name, message: `${name} ${checked.problem}` });
    } else {
      data[name] = checked.value;
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, data };
}

type Checked = { value: RecordValue } | { problem: string };

function checkValue(type: FieldType, value: unknown): Checked {
  if (value === null) return { value };
  switch (type) {
    case 'string':
      if (typeof value !== 'string') return { problem: 'must be a string or null' };
      return value.length <= MAX_STRING_LENGTH
        ? { value }
        : { problem: `must be at most ${MAX_STRING_LENGTH} characters` };
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? { value }
        : { problem: 'must be a finite number or null' };
    case 'boolean':
      return typeof value === 'boolean' ? { value } : { problem: 'must be true, false or null' };
    case 'timestamp': {
      const at = typeof value === 'string' ? parseTimestamp(value) : undefined;
      return at
        ? { value: at.toISOString() }
        : { problem: 'must be an ISO 8601 date-time with an offset (2026-03-15T10:30:00.000Z) or null' };
    }
  }
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):?(\d{2}))$/;

/**
 * An ISO 8601 date-time with an explicit offset (`Z` or `±hh:mm`) that names a real
 * instant: 2026-02-30 is refused rather than rolled over to March. Fractions beyond
 * milliseconds are truncated.
 */
export function parseTimestamp(value: string): Date | undefined {
  const match = ISO_DATE_TIME.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number);
  const second = Number(match[6] ?? '0');
  const millis = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  const sign = match[9] === '-' ? -1 : 1;
  const offsetMinutes = match[8] === 'Z' ? 0 : sign * (Number(match[10]) * 60 + Number(match[11]));
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  if (Number(match[10] ?? 0) > 23 || Number(match[11] ?? 0) > 59) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  date.setUTCHours(hour, minute - offsetMinutes, second, millis);
  // Beyond year 9999 or before year 0 after the offset: no four-digit ISO form to store.
  const utcYear = date.getUTCFullYear();
  return utcYear >= 0 && utcYear <= 9999 ? date : undefined;
}
