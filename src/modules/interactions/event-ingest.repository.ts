import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * The reads every ingest makes, set-based: one statement each whatever the batch size.
 * Every method runs in the caller's transaction (`manager`).
 */
@Injectable()
export class EventIngestRepository {
  async existingOfferIds(manager: EntityManager, ids: readonly string[]): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(`SELECT id FROM offer WHERE id = ANY($1::text[])`, [ids]);
    return rows.map((row) => row.id);
  }

  creativeOffers(manager: EntityManager, ids: readonly string[]): Promise<{ id: string; offerId: string }[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.query(`SELECT id, offer_id AS "offerId" FROM creative WHERE id = ANY($1::text[])`, [ids]);
  }

  /** Which of these customer hashes are suppressed. */
  async suppressedHashes(manager: EntityManager, hashes: readonly string[]): Promise<string[]> {
    const rows = await manager.query<{ hash: string }[]>(
      `SELECT customer_hash AS hash FROM suppression WHERE customer_hash = ANY($1::text[])`,
      [hashes],
    );
    return rows.map((row) => row.hash);
  }
}
