import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventRow } from './event-batch.js';
import { addToCustomerSummarySql, addToCustomerTotalSql } from '../summary/customer-summary.sql.js';
import type { InteractionType } from './interaction.entity.js';

export interface InteractionRow extends EventRow {
  interactionType: InteractionType;
}

/**
 * Stores a batch in one statement and keeps customer_interaction_summary and
 * customer_interaction_total exact in the same statement. Idempotent on (customer_id, id): an id the customer already has is skipped,
 * whatever its timestamp (the primary key includes occurred_at, so ON CONFLICT could not
 * see a replay with another timestamp); so is a repeat of customer + id later in the batch.
 * The NOT EXISTS check is race-free only under the customers' advisory locks
 * (lockCustomers), which the caller holds. Returns how many rows were stored.
 */
const INSERT_INTERACTIONS = `
  WITH batch AS (
    SELECT DISTINCT ON (t.customer_id, t.id) t.*
    FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::interaction_type[], $6::timestamptz[])
      WITH ORDINALITY AS t(id, customer_id, offer_id, creative_id, interaction_type, occurred_at, ord)
    ORDER BY t.customer_id, t.id, t.ord
  ),
  inserted AS (
    INSERT INTO interaction_history (customer_id, id, offer_id, creative_id, interaction_type, occurred_at)
    SELECT b.customer_id, b.id, b.offer_id, b.creative_id, b.interaction_type, coalesce(b.occurred_at, now())
    FROM batch b
    WHERE NOT EXISTS (SELECT 1 FROM interaction_history h WHERE h.customer_id = b.customer_id AND h.id = b.id)
    RETURNING customer_id, offer_id, interaction_type, occurred_at
  ),
  summary AS (${addToCustomerSummarySql('inserted')}
  ),
  totals AS (${addToCustomerTotalSql('inserted')}
  )
  SELECT count(*)::int AS accepted FROM inserted`;

@Injectable()
export class InteractionsRepository {
  async insertInteractions(manager: EntityManager, rows: readonly InteractionRow[]): Promise<number> {
    const [{ accepted }] = await manager.query<{ accepted: number }[]>(INSERT_INTERACTIONS, [
      rows.map((r) => r.id),
      rows.map((r) => r.customerId),
      rows.map((r) => r.offerId),
      rows.map((r) => r.creativeId),
      rows.map((r) => r.interactionType),
      rows.map((r) => r.occurredAt),
    ]);
    return accepted;
  }
}
