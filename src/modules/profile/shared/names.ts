/**
 * Naming rules of profile definitions, shared by request validation and the pure rule
 * and record modules (so this file imports nothing).
 */

/** Schema table names: usable as SQL-style identifiers should they ever become real tables. */
export const TABLE_NAME_PATTERN = /^[a-z][a-z0-9_]{0,62}$/;
export const TABLE_NAME_RULE = '1–63 characters: lower-case letters, digits and _, starting with a letter';

/** Schema field names: JSON keys that read well as `attributes.<name>` in a segment rule. */
export const FIELD_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
export const FIELD_NAME_RULE = '1–63 characters: letters, digits and _, not starting with a digit';

/**
 * Metric names: names, not client-chosen ids (CONTRACT.md, "Domain"), so they keep the rule
 * they were given when they shared the ids' (ids have since gained `+ | = ~`).
 */
export const METRIC_NAME_PATTERN = /^[A-Za-z0-9_\-.:@]{1,128}$/;
export const METRIC_NAME_RULE = '1–128 characters: letters, digits, _ - . : @';

/**
 * Keys that the JSON parser refuses (`__proto__`) or that the global ValidationPipe strips
 * from nested objects (`constructor`, `prototype`): a field or metric with such a name
 * could be declared but never written, so it cannot be declared at all.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
