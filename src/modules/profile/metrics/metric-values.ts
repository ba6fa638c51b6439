/** The rules of a `PUT /customers/{id}/metrics` body's `values`. Pure, and unit-tested. */
import type { FieldError } from '../../../common/errors/domain-error.js';
import { isPlainObject, METRIC_NAME_PATTERN } from '../shared/names.js';

export const MAX_METRIC_VALUES = 500;

export interface MetricEntry {
  name: string;
  value: number;
}

export type MetricValuesCheck = { ok: true; entries: MetricEntry[] } | { ok: false; errors: FieldError[] };

/** 1–500 entries, each a metric name (the id rule) mapped to a finite number. */
export function checkMetricValues(values: unknown): MetricValuesCheck {
  if (!isPlainObject(values)) {
    return { ok: false, errors: [{ field: 'values', message: 'values must be an object of metric names to numbers' }] };
  }
  const names = Object.keys(values);
  if (names.length === 0 || names.length > MAX_METRIC_VALUES) {
    return {
      ok: false,
      errors: [{ field: 'values', message: `values must hold 1–${MAX_METRIC_VALUES} metrics (got ${names.length})` }],
    };
  }
  const entries: MetricEntry[] = [];
  const errors: FieldError[] = [];
  for (const name of names) {
    const value = values[name];
    if (!METRIC_NAME_PATTERN.test(name)) {
      errors.push({ field: `values.${name}`, message: `${name} is not a metric name` });
    } else if (typeof value !== 'number' || !Number.isFinite(value)) {
      errors.push({ field: `values.${name}`, message: `the value of ${name} must be a finite number` });
    } else {
      entries.push({ name, value });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, entries };
}
