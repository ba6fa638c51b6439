import { Injectable } from '@nestjs/common';
import { DomainError, type FieldError } from '../../common/errors/domain-error.js';
import { decodeIdCursor } from '../../common/http/page.js';
import { CatalogRepository, type Upserted } from './catalog.repository.js';
import type { Channel } from './channel.entity.js';
import type { Creative } from './creative.entity.js';
import type { Offer } from './offer.entity.js';

@Injectable()
export class CatalogService {
  constructor(private readonly catalog: CatalogRepository) {}

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

  listChannels(cursor: string | undefined, limit: number): Promise<Channel[]> {
    return this.catalog.listChannels(decodeIdCursor(cursor), limit + 1);
  }

  listOffers(cursor: string | undefined, limit: number): Promise<Offer[]> {
    return this.catalog.listOffers(decodeIdCursor(cursor), limit + 1);
  }

  async getOffer(id: string): Promise<Offer> {
    const offer = await this.catalog.findOffer(id);
    if (!offer) throw new DomainError('not_found', `offer ${id} does not exist`);
    return offer;
  }

  listCreatives(
    filter: { offerId?: string; channelId?: string },
    cursor: string | undefined,
    limit: number,
  ): Promise<Creative[]> {
    return this.catalog.listCreatives(filter, decodeIdCursor(cursor), limit + 1);
  }
}
