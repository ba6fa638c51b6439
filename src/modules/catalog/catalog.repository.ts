import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Channel } from './channel.entity.js';
import type { Creative } from './creative.entity.js';
import type { Offer } from './offer.entity.js';

export interface Upserted<T> {
  row: T;
  created: boolean;
}

const CHANNEL_COLUMNS = `id, name, created_at AS "createdAt", updated_at AS "updatedAt"`;
const OFFER_COLUMNS = `id, name, issue, group_name AS "group", status, priority,
  created_at AS "createdAt", updated_at AS "updatedAt"`;
const CREATIVE_COLUMNS = `id, name, offer_id AS "offerId", channel_id AS "channelId",
  created_at AS "createdAt", updated_at AS "updatedAt"`;

/** The only place the catalog's SQL lives. */
@Injectable()
export class CatalogRepository {
  constructor(private readonly db: DataSource) {}

  upsertChannel(channel: Pick<Channel, 'id' | 'name'>): Promise<Upserted<Channel>> {
    return this.upsert(
      `INSERT INTO channel (id, name) VALUES ($1, $2)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, updated_at = now()
       RETURNING ${CHANNEL_COLUMNS}, (xmax = 0) AS created`,
      [channel.id, channel.name],
    );
  }

  upsertOffer(offer: Omit<Offer, 'createdAt' | 'updatedAt'>): Promise<Upserted<Offer>> {
    return this.upsert(
      `INSERT INTO offer (id, name, issue, group_name, status, priority) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, issue = EXCLUDED.issue,
         group_name = EXCLUDED.group_name, status = EXCLUDED.status, priority = EXCLUDED.priority,
         updated_at = now()
       RETURNING ${OFFER_COLUMNS}, (xmax = 0) AS created`,
      [offer.id, offer.name, offer.issue, offer.group, offer.status, offer.priority],
    );
  }

  upsertCreative(creative: Omit<Creative, 'createdAt' | 'updatedAt'>): Promise<Upserted<Creative>> {
    return this.upsert(
      `INSERT INTO creative (id, name, offer_id, channel_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, offer_id = EXCLUDED.offer_id,
         channel_id = EXCLUDED.channel_id, updated_at = now()
       RETURNING ${CREATIVE_COLUMNS}, (xmax = 0) AS created`,
      [creative.id, creative.name, creative.offerId, creative.channelId],
    );
  }

  /** Which of an offer id and a channel id exist. */
  async findOfferAndChannel(offerId: string, channelId: string): Promise<{ offer: boolean; channel: boolean }> {
    const [row] = await this.db.query<{ offer: boolean; channel: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM offer WHERE id = $1) AS offer,
              EXISTS (SELECT 1 FROM channel WHERE id = $2) AS channel`,
      [offerId, channelId],
    );
    return row;
  }

  listChannels(after: string | undefined, limit: number): Promise<Channel[]> {
    return this.db.query(
      `SELECT ${CHANNEL_COLUMNS} FROM channel WHERE ($1::text IS NULL OR id > $1) ORDER BY id LIMIT $2`,
      [after ?? null, limit],
    );
  }

  listOffers(after: string | undefined, limit: number): Promise<Offer[]> {
    return this.db.query(
      `SELECT ${OFFER_COLUMNS} FROM offer WHERE ($1::text IS NULL OR id > $1) ORDER BY id LIMIT $2`,
      [after ?? null, limit],
    );
  }

  async findOffer(id: string): Promise<Offer | undefined> {
    const rows = await this.db.query<Offer[]>(`SELECT ${OFFER_COLUMNS} FROM offer WHERE id = $1`, [id]);
    return rows[0];
  }

  listCreatives(
    filter: { offerId?: string; channelId?: string },
    after: string | undefined,
    limit: number,
  ): Promise<Creative[]> {
    return this.db.query(
      `SELECT ${CREATIVE_COLUMNS} FROM creative
       WHERE ($1::text IS NULL OR id > $1)
         AND ($2::text IS NULL OR offer_id = $2)
         AND ($3::text IS NULL OR channel_id = $3)
       ORDER BY id LIMIT $4`,
      [after ?? null, filter.offerId ?? null, filter.channelId ?? null, limit],
    );
  }

  private async upsert<T>(sql: string, parameters: unknown[]): Promise<Upserted<T>> {
    const [row] = await this.db.query<(T & { created: boolean })[]>(sql, parameters);
    const { created, ...rest } = row;
    return { row: rest as T, created };
  }
}
