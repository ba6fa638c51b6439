import type { Channel } from './channel.entity.js';
import type { Creative } from './creative.entity.js';
import type { ChannelResponse, CreativeResponse, OfferResponse } from './dto/catalog.response.js';
import type { Offer } from './offer.entity.js';

export function toChannelResponse(channel: Channel): ChannelResponse {
  return {
    id: channel.id,
    name: channel.name,
    createdAt: channel.createdAt.toISOString(),
    updatedAt: channel.updatedAt.toISOString(),
  };
}

export function toOfferResponse(offer: Offer): OfferResponse {
  return {
    id: offer.id,
    name: offer.name,
    issue: offer.issue,
    group: offer.group,
    status: offer.status,
    priority: offer.priority,
    createdAt: offer.createdAt.toISOString(),
    updatedAt: offer.updatedAt.toISOString(),
  };
}

export function toCreativeResponse(creative: Creative): CreativeResponse {
  return {
    id: creative.id,
    name: creative.name,
    offerId: creative.offerId,
    channelId: creative.channelId,
    createdAt: creative.createdAt.toISOString(),
    updatedAt: creative.updatedAt.toISOString(),
  };
}
