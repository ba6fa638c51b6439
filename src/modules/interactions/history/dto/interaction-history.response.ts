import { ApiProperty } from '@nestjs/swagger';
import { INTERACTION_TYPES, type InteractionType } from '../../interaction.entity.js';

export class InteractionHistoryChannel {
  @ApiProperty({ example: 'ch_001' })
  id: string;

  @ApiProperty({ example: 'Marketing Email' })
  name: string;
}

/** The offer an interaction was with. */
export class InteractionHistoryOffer {
  @ApiProperty({ example: 'offer_001' })
  id: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Platinum Card',
    description: 'Null only if the offer is missing from the catalog (event rows carry no foreign keys).',
  })
  name: string | null;
}

/** The creative (treatment) shown, with its channel. */
export class InteractionHistoryCreative {
  @ApiProperty({ example: 'creative_001' })
  id: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Email Hero',
    description: 'Null only if the creative is missing from the catalog (event rows carry no foreign keys).',
  })
  name: string | null;

  @ApiProperty({
    type: () => InteractionHistoryChannel,
    nullable: true,
    description: 'Null only if the creative is missing from the catalog.',
  })
  channel: InteractionHistoryChannel | null;
}

export class InteractionHistoryItem {
  @ApiProperty({ example: 'ih_001' })
  id: string;

  @ApiProperty({ example: 'CUST001' })
  customerId: string;

  @ApiProperty({ example: 'offer_001' })
  offerId: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'creative_001',
    description: 'Null when no creative was shown.',
  })
  creativeId: string | null;

  @ApiProperty({ enum: INTERACTION_TYPES, enumName: 'InteractionType', example: 'click' })
  interactionType: InteractionType;

  @ApiProperty({
    format: 'date-time',
    example: '2026-03-15T10:30:00.000Z',
    description: 'When the interaction happened: ISO 8601 UTC with milliseconds.',
  })
  timestamp: string;

  @ApiProperty({ type: () => InteractionHistoryOffer })
  offer: InteractionHistoryOffer;

  @ApiProperty({
    type: () => InteractionHistoryCreative,
    nullable: true,
    description: 'Null when the interaction has no creative.',
  })
  creative: InteractionHistoryCreative | null;
}

export class InteractionHistoryResponse {
  @ApiProperty({
    type: [InteractionHistoryItem],
    description:
      'Newest first: by timestamp, then by id, descending (then by customerId: ids are unique per customer only).',
  })
  data: InteractionHistoryItem[];

  @ApiProperty({
    type: 'integer',
    example: 142,
    description: 'How many interactions match the filters, across all pages (not just this one).',
  })
  total: number;

  @ApiProperty({ example: true, description: 'True when more rows follow this page.' })
  hasMore: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    example:
      'eyJwIjp7InQiOiIyMDI2LTAzLTE1VDEwOjMwOjAwLjAwMDAwMFoiLCJpZCI6ImloXzAwMSIsImMiOiJDVVNUMDAxIn0sImYiOiJkdU9UaEJ0bm1rNTVGRFJadVdCUHh3In0.A5LQlm42rThG-9mAgL5G1QVitLJVDtc6X7mFZo_1UC8',
    description:
      'Pass as `cursor`, with the same filters, for the next page; null on the last page. Rows written ' +
      'after the first page with newer timestamps do not appear in later pages; none is skipped or repeated.',
  })
  nextCursor: string | null;
}
