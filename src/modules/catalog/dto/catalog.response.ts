import { ApiProperty } from '@nestjs/swagger';
import { PageInfo, Timestamps } from '../../../common/http/page.response.js';
import { OFFER_STATUSES, type OfferStatus } from '../offer.entity.js';

export class ChannelResponse extends Timestamps {
  @ApiProperty({ example: 'ch_001' })
  id: string;

  @ApiProperty({ example: 'Marketing Email' })
  name: string;
}

export class OfferResponse extends Timestamps {
  @ApiProperty({ example: 'offer_001' })
  id: string;

  @ApiProperty({ example: 'Platinum Card' })
  name: string;

  @ApiProperty({ example: 'Credit Cards' })
  issue: string;

  @ApiProperty({ example: 'Premium' })
  group: string;

  @ApiProperty({ enum: OFFER_STATUSES, enumName: 'OfferStatus', example: 'active' })
  status: OfferStatus;

  @ApiProperty({ example: 90, minimum: 0, maximum: 100 })
  priority: number;
}

export class CreativeResponse extends Timestamps {
  @ApiProperty({ example: 'creative_001' })
  id: string;

  @ApiProperty({ example: 'Email Hero' })
  name: string;

  @ApiProperty({ example: 'offer_001' })
  offerId: string;

  @ApiProperty({ example: 'ch_001' })
  channelId: string;
}

export class ChannelListResponse extends PageInfo {
  @ApiProperty({ type: [ChannelResponse] })
  data: ChannelResponse[];
}

export class OfferListResponse extends PageInfo {
  @ApiProperty({ type: [OfferResponse] })
  data: OfferResponse[];
}

export class CreativeListResponse extends PageInfo {
  @ApiProperty({ type: [CreativeResponse] })
  data: CreativeResponse[];
}
