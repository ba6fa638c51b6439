import { Injectable } from '@nestjs/common';
import { DomainError, type FieldError } from '../../common/errors/domain-error.js';
import { KeysetPages, type Page } from '../../common/http/page.js';
import { CatalogRepository, type Upserted } from './catalog.repository.js';
import type { Channel } from './channel.entity.js';
import type { Creative } from './creative.entity.js';
import type { Offer } from './offer.entity.js';

@Injectable()
export class CatalogService {
  constructor(
    private readonly catalog: CatalogRepository,
    private readonly pages: KeysetPages,
  ) {}

  putChannel(channel: Pick<Channel, 'id' | 'name'>): Promise<Upserted<Channel>> {
    return this.catalog.upsertChannel(channel);
  }

  putOffer(offer: Omit<Offer, 'createdAt' | 'updatedAt'>): Promise<Upserted<Offer>> {
    return this.catalog.upsertOffer(offer);
  }

  async putCreative(creative: Omit<Creative, 'createdAt' | 'updatedAt'>): Promise<Upserted<Creative>> {
    const found = await this.catalog.findOfferAndChannel(creative.offerId, creative.channelId);
    const errors: FieldError[] = [];
    if (!found.offer) errors.push({ field: 'offerId', message: `offer ${creative.offerId} does not exist` });
    if (!found.channel) errors.push({ field: 'channelId', message: `channel ${creative.channelId} does not exist` });
    if (errors.length > 0) {
      throw new DomainError('unprocessable', errors.map((e) => e.message).join('; '), errors);
    }
    return this.catalog.upsertCreative(creative);
  }

  async listChannels(cursor: string | undefined, limit: number): Promise<Page<Channel>> {
    const rows = await this.catalog.listChannels(await this.pages.after('channels', cursor), limit + 1);
    return this.pages.page('channels', rows, limit, (channel) => channel.id);
  }

  async listOffers(cursor: string | undefined, limit: number): Promise<Page<Offer>> {
    const rows = await this.catalog.listOffers(await this.pages.after('offers', cursor), limit + 1);
    return this.pages.page('offers', rows, limit, (offer) => offer.id);
  }

  async getOffer(id: string): Promise<Offer> {
    const offer = await this.catalog.findOffer(id);
    if (!offer) throw new DomainError('not_found', `offer ${id} does not exist`);
    return offer;
  }

  /** A cursor continues only the list it came from: the same offer and channel filters. */
  async listCreatives(
    filter: { offerId?: string; channelId?: string },
    cursor: string | undefined,
    limit: number,
  ): Promise<Page<Creative>> {
    const after = await this.pages.after('creatives', cursor, filter);
    const rows = await this.catalog.listCreatives(filter, after, limit + 1);
    return this.pages.page('creatives', rows, limit, (creative) => creative.id, filter);
  }
}
