import { IdField, IntField, EnumField, TextField } from '../../../common/validation/fields.js';
import { OFFER_STATUSES, type OfferStatus } from '../offer.entity.js';
import { PageQuery } from '../../../common/http/page.js';

export class PutChannelRequest {
  @TextField({ maxLength: 200, example: 'Marketing Email' })
  name: string;
}

export class PutOfferRequest {
  @TextField({ maxLength: 200, example: 'Platinum Card' })
  name: string;

  @TextField({ maxLength: 200, example: 'Credit Cards', description: 'Top of the business hierarchy.' })
  issue: string;

  @TextField({ maxLength: 200, example: 'Premium', description: 'Second level of the business hierarchy.' })
  group: string;

  @EnumField(OFFER_STATUSES, { example: 'active', enumName: 'OfferStatus' })
  status: OfferStatus;

  @IntField({ min: 0, max: 100, example: 90, json: true })
  priority: number;
}

export class PutCreativeRequest {
  @TextField({ maxLength: 200, example: 'Email Hero' })
  name: string;

  @IdField({ example: 'offer_001', description: 'The offer (action) this creative renders.' })
  offerId: string;

  @IdField({ example: 'ch_001', description: 'The channel it is shown on.' })
  channelId: string;
}

export class ListCreativesQuery extends PageQuery {
  @IdField({ optional: true, description: 'Only creatives of this offer.' })
  offerId?: string;

  @IdField({ optional: true, description: 'Only creatives on this channel.' })
  channelId?: string;
}
