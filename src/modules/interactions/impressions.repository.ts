import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventRow } from './event-batch.js';

export interface ImpressionRow extends EventRow {
  placement: string | null;
}

/**
 * Stores a batch in one statement, idempotent on (customer_id, id) exactly as
 * interaction ingest is (see interactions.repository.ts): the caller holds the
 * customers' advisory locks. Returns how many rows were stored.
 */
const INSERT_IMPRESSIONS = `
  WITH batch AS (
    SELECT DISTINCT ON (t.customer_id, t.id) t.*
    FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[])
      WITH ORDINALITY AS t(id, customer_id, offer_id, creative_id, placement, occurred_at, ord)
    ORDER BY t.customer_id, t.id, t.ord
  ),
  inserted AS (
    INSERT INTO impression (customer_id, id, offer_id, creative_id, placement, occurred_at)
    SELECT b.customer_id, b.id, b.offer_id, b.creative_id, b.placement, coalesce(b.occurred_at, now())
    FROM batch b
    WHERE NOT EXISTS (SELECT 1 FROM impression i WHERE i.customer_id = b.customer_id AND i.id = b.id)
    RETURNING 1
  )
  SELECT count(*)::int AS accepted FROM inserted`;

@Injectable()
export class ImpressionsRepository {
  async insertImpressions(manager: EntityManager, rows: readonly ImpressionRow[]): Promise<number> {
    const [{ accepted }] = await manager.query<{ accepted: number }[]>(INSERT_IMPRESSIONS, [
      rows.map((r) => r.id),
      rows.map((r) => r.customerId),
      rows.map((r) => r.offerId),
      rows.map((r) => r.creativeId),
      rows.map((r) => r.placement),
      rows.map((r) => r.occurredAt),
    ]);
    return accepted;
  }
}
