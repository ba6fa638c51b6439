import { randomUUID } from 'node:crypto';
import type { FieldError } from '../../common/errors/domain-error.js';
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

/** The client's id, or `prefix` + a random UUID; the timestamp at millisecond precision. */
export function toEventRow(item: EventItem, idPrefix: string): EventRow {
  let occurredAt: string | null = null;
  if (item.timestamp !== undefined) {
    const check = checkEventTimestamp(item.timestamp);
    // Validation has run: a failure here is a bug, not bad input.
    if (!check.ok) throw new Error(`unvalidated event timestamp reached the service`);
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
