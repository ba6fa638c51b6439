import type { RecordValue } from '../schema-record.entity.js';

/**
 * A customer's schema records (each one's stored data) merged into one object of attributes.
 * `records` come oldest table first, and a field takes its value from the first record that
 * stores it, so when two tables have the same field the older table wins. A stored null is a
 * value ("unknown") and wins like any other; a record that does not store the field at all
 * (left out when it was written, or no record in that table) leaves it to the next table.
 */
export function mergeAttributes(
  records: readonly Readonly<Record<string, RecordValue>>[],
): Record<string, RecordValue> {
  const merged: Record<string, RecordValue> = {};
  for (const data of records) {
    for (const [field, value] of Object.entries(data)) {
      if (!Object.hasOwn(merged, field)) merged[field] = value;
    }
  }
  return merged;
}
