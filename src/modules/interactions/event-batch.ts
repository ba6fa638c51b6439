import { randomUUID } from 'node:crypto';
import { DomainError, type FieldError } from '../../common/errors/domain-error.js';
import { checkEventTimestamp } from './event-timestamp.js';

/** What interactions and impressions have in common, as a client sends it (validated). */
export interface EventItem {
  id?: string;
  customerId: string;
  offerId: string;
  creativeId?: string;
  timestamp?: string;
}

/** One event as it is written: id assigned, timestamp normalised (null: the database's now()). */
export interface EventRow {
  id: string;
  customerId: string;
  offerId: string;
  creativeId: string | null;
  occurredAt: string | null;
}

/**
 * The client's id, or `prefix` + a random UUID; the timestamp at millisecond precision.
 * The body's schema has checked the timestamp's syntax; its calendar and range are checked
 * here (`path` names the item in the error, e.g. `interactions.3`).
 */
export function toEventRow(item: EventItem, idPrefix: string, path: string): EventRow {
  let occurredAt: string | null = null;
  if (item.timestamp !== undefined) {
    const check = checkEventTimestamp(item.timestamp);
    if (!check.ok) {
      const field = `${path}.timestamp`;
      const message =
        check.reason === 'format'
          ? 'timestamp must be an ISO 8601 date-time with an offset, e.g. 2026-03-15T10:30:00.000Z'
          : 'timestamp must not be before 2000-01-01T00:00:00Z nor more than 24 hours in the future';
      throw new DomainError('invalid_input', `${field}: ${message}`, [{ field, message }]);
    }
    occurredAt = check.at.toISOString();
  }
  return {
    id: item.id ?? `${idPrefix}${randomUUID()}`,
    customerId: item.customerId,
    offerId: item.offerId,
    creativeId: item.creativeId ?? null,
    occurredAt,
  };
}

export function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** The catalog as far as a batch refers to it: which offers exist, and each creative's offer. */
export interface CatalogReferences {
  offers: ReadonlySet<string>;
  creativeOffers: ReadonlyMap<string, string>;
}

/**
 * One error per bad reference, named by the item's path (`interactions.1.offerId`): an
 * unknown offer, an unknown creative, or a creative that renders another offer.
 */
export function referenceErrors(field: string, rows: readonly EventRow[], catalog: CatalogReferences): FieldError[] {
  const errors: FieldError[] = [];
  rows.forEach((row, index) => {
    const path = `${field}.${index}`;
    if (!catalog.offers.has(row.offerId)) {
      errors.push({ field: `${path}.offerId`, message: `offer ${row.offerId} does not exist` });
    }
    if (row.creativeId === null) return;
    const creativeOffer = catalog.creativeOffers.get(row.creativeId);
    if (creativeOffer === undefined) {
      errors.push({ field: `${path}.creativeId`, message: `creative ${row.creativeId} does not exist` });
    } else if (creativeOffer !== row.offerId) {
      errors.push({
        field: `${path}.creativeId`,
        message: `creative ${row.creativeId} belongs to offer ${creativeOffer}, not ${row.offerId}`,
      });
    }
  });
  return errors;
}
