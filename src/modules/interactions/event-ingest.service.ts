import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import { holdWriteFence } from '../../database/advisory-locks.js';
import { lockCustomers } from '../../database/customer-lock.js';
import { settledTransaction } from '../../database/settled-transaction.js';
import { CustomerHasher } from '../privacy/customer-hasher.js';
import { distinct, referenceErrors, toEventRow, type EventItem, type EventRow } from './event-batch.js';
import { EventIngestRepository } from './event-ingest.repository.js';
import { ImpressionsRepository, type ImpressionRow } from './impressions.repository.js';
import type { InteractionType } from './interaction.entity.js';
import { InteractionsRepository, type InteractionRow } from './interactions.repository.js';

export interface IngestResult {
  accepted: number;
  duplicates: number;
  suppressed: number;
}

/**
 * Ingest of interactions and impressions. Both follow one procedure (`ingest`) and differ
 * only in their extra column and their insert statement.
 */
@Injectable()
export class EventIngestService {
  constructor(
    private readonly db: DataSource,
    private readonly events: EventIngestRepository,
    private readonly interactions: InteractionsRepository,
    private readonly impressions: ImpressionsRepository,
    private readonly hasher: CustomerHasher,
  ) {}

  ingestInteractions(items: readonly (EventItem & { interactionType: InteractionType })[]): Promise<IngestResult> {
    const rows = items.map((item, i): InteractionRow => ({
      ...toEventRow(item, 'ih_', `interactions.${i}`),
      interactionType: item.interactionType,
    }));
    return this.ingest('interactions', rows, (manager, kept) => this.interactions.insertInteractions(manager, kept), {
      writesHistory: true,
    });
  }

  ingestImpressions(items: readonly (EventItem & { placement?: string })[]): Promise<IngestResult> {
    const rows = items.map((item, i): ImpressionRow => ({
      ...toEventRow(item, 'imp_', `impressions.${i}`),
      placement: item.placement ?? null,
    }));
    return this.ingest('impressions', rows, (manager, kept) => this.impressions.insertImpressions(manager, kept), {
      writesHistory: false,
    });
  }

  /**
   * One transaction, all or nothing. A write to interaction_history first enters the write
   * fence (shared; before any customer lock, the order advisory-locks.ts sets), so that the
   * summary refresh never takes a watermark past a row that is not committed yet. Every
   * reference is checked before anything is written (any bad one: 422 naming the items,
   * nothing stored); then the batch's
   * customers are locked, so a concurrent erasure or replay cannot interleave; items of
   * suppressed customers are dropped; the rest go in with one statement.
   */
  private ingest<R extends EventRow>(
    field: string,
    rows: R[],
    insert: (manager: EntityManager, rows: R[]) => Promise<number>,
    options: { writesHistory: boolean },
  ): Promise<IngestResult> {
    // Settled: a batch without ids is not safe to repeat, so a lost COMMIT must not be a 503 if it held.
    return settledTransaction(this.db, async (manager) => {
      if (options.writesHistory) await holdWriteFence(manager);
      await this.checkReferences(manager, field, rows);
      const customerIds = distinct(rows.map((row) => row.customerId));
      await lockCustomers(manager, customerIds);
      const suppressed = await this.suppressedCustomers(manager, customerIds);
      const kept = suppressed.size === 0 ? rows : rows.filter((row) => !suppressed.has(row.customerId));
      const accepted = kept.length === 0 ? 0 : await insert(manager, kept);
      return { accepted, duplicates: kept.length - accepted, suppressed: rows.length - kept.length };
    });
  }

  private async checkReferences(manager: EntityManager, field: string, rows: readonly EventRow[]): Promise<void> {
    const offerIds = distinct(rows.map((row) => row.offerId));
    const creativeIds = distinct(rows.flatMap((row) => (row.creativeId === null ? [] : [row.creativeId])));
    const offers = new Set(await this.events.existingOfferIds(manager, offerIds));
    const creatives = await this.events.creativeOffers(manager, creativeIds);
    const errors = referenceErrors(field, rows, {
      offers,
      creativeOffers: new Map(creatives.map((creative) => [creative.id, creative.offerId])),
    });
    if (errors.length === 0) return;
    const items = new Set(errors.map((error) => error.field.split('.')[1])).size;
    const detail =
      errors.length === 1
        ? `${errors[0].field}: ${errors[0].message}; nothing was stored`
        : `${items === 1 ? '1 item refers' : `${items} items refer`} to offers or creatives that do not exist ` +
          'or do not match; nothing was stored';
    throw new DomainError('unprocessable', detail, errors);
  }

  /** The ids among `customerIds` that are suppressed, matched by their keyed hash. */
  private async suppressedCustomers(manager: EntityManager, customerIds: readonly string[]): Promise<Set<string>> {
    const byHash = new Map(customerIds.map((id) => [this.hasher.hash(id), id]));
    const hashes = await this.events.suppressedHashes(manager, [...byHash.keys()]);
    return new Set(hashes.map((hash) => byHash.get(hash) as string));
  }
}
