import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { OFFER_STATUSES, type OfferStatus } from '../../catalog/offer.entity.js';
import { MAX_SUMMARY_DAYS } from './interaction-summary.request.js';
import { SUMMARY_SOURCES, type GroupBy, type SummarySourceKind } from '../summary-source.js';

function CountProperty(type: string, example: number): PropertyDecorator {
  return ApiProperty({ type: 'integer', minimum: 0, example, description: `${type} interactions in the window.` });
}

function TotalProperty(example: number): PropertyDecorator {
  return ApiProperty({ type: 'integer', minimum: 0, example, description: 'All interactions in the window.' });
}

function RateProperty(part: 'click' | 'convert', name: string, example: number): PropertyDecorator {
  return ApiProperty({
    type: 'number',
    minimum: 0,
    example,
    description:
      `${name}: ${part} / impression × 100, rounded to 2 decimals (halves away from zero); ` +
      '0 when there are no impressions.',
  });
}

export class ActionSummaryRow {
  @ApiProperty({ example: 'offer_001', description: 'Offer (action) id.' })
  id: string;

  @ApiProperty({ example: 'Platinum Card' })
  name: string;

  @ApiProperty({ example: 'Credit Cards' })
  issue: string;

  @ApiProperty({ example: 'Premium' })
  group: string;

  @ApiProperty({ enum: OFFER_STATUSES, enumName: 'OfferStatus', example: 'active' })
  status: OfferStatus;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100, example: 90 })
  priority: number;

  @CountProperty('Impression', 5200)
  impression: number;

  @CountProperty('Click', 416)
  click: number;

  @CountProperty('Dismiss', 312)
  dismiss: number;

  @CountProperty('Convert', 52)
  convert: number;

  @TotalProperty(5980)
  total: number;

  @RateProperty('click', 'Click-through rate', 8.0)
  ctr: number;

  @RateProperty('convert', 'Conversion rate', 1.0)
  cvr: number;
}

export class TreatmentChannel {
  @ApiProperty({ example: 'ch_001' })
  id: string;

  @ApiProperty({ example: 'Marketing Email' })
  name: string;
}

export class TreatmentSummaryRow {
  @ApiProperty({ example: 'creative_001', description: 'Creative (treatment) id.' })
  id: string;

  @ApiProperty({ example: 'Email Hero' })
  name: string;

  @ApiProperty({ example: 'offer_001', description: 'The offer (action) the creative renders.' })
  offerId: string;

  @ApiProperty({ type: TreatmentChannel, description: 'The channel the creative is shown on.' })
  channel: TreatmentChannel;

  @CountProperty('Impression', 2600)
  impression: number;

  @CountProperty('Click', 208)
  click: number;

  @CountProperty('Dismiss', 156)
  dismiss: number;

  @CountProperty('Convert', 26)
  convert: number;

  @TotalProperty(2990)
  total: number;

  @RateProperty('click', 'Click-through rate', 8.0)
  ctr: number;

  @RateProperty('convert', 'Conversion rate', 1.0)
  cvr: number;
}

export class ChannelSummaryRow {
  @ApiProperty({ example: 'ch_001', description: 'Channel id.' })
  id: string;

  @ApiProperty({ example: 'Marketing Email' })
  name: string;

  @CountProperty('Impression', 15600)
  impression: number;

  @CountProperty('Click', 1248)
  click: number;

  @CountProperty('Dismiss', 936)
  dismiss: number;

  @CountProperty('Convert', 156)
  convert: number;

  @TotalProperty(17940)
  total: number;

  @RateProperty('click', 'Click-through rate', 8.0)
  ctr: number;

  @RateProperty('convert', 'Conversion rate', 1.0)
  cvr: number;
}

export class CustomerSummaryRow {
  @ApiProperty({ example: 'CUST001' })
  customerId: string;

  @TotalProperty(142)
  total: number;

  @CountProperty('Impression', 80)
  impression: number;

  @CountProperty('Click', 32)
  click: number;

  @CountProperty('Dismiss', 20)
  dismiss: number;

  @CountProperty('Convert', 10)
  convert: number;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    example: 8,
    description: 'Distinct offers interacted with in the window.',
  })
  uniqueActions: number;
}

/**
 * What every summary response carries. `groupBy` and `summary` are declared here only to
 * fix the documented key order (as the seed's: groupBy, days, summary, …); each subclass
 * gives them their types.
 */
abstract class SummaryPage {
  @ApiProperty({ description: 'The grouping asked for; tells the row kind.' })
  groupBy: GroupBy;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: MAX_SUMMARY_DAYS,
    example: 30,
    description: 'The window, in days.',
  })
  days: number;

  @ApiProperty({ description: 'The groups, by `total` descending, then id ascending.' })
  summary: unknown[];

  @ApiProperty({ description: 'True when more groups than `limit` had interactions in the window.', example: false })
  hasMore: boolean;

  @ApiProperty({
    enum: SUMMARY_SOURCES,
    enumName: 'InteractionSummarySource',
    example: 'live',
    description:
      'How the numbers were obtained: `materialized` (summary tables), `live` (aggregated from the ' +
      'interaction history now) or `mixed` (summary tables, and the history for what they do not cover ' +
      'yet). Exact either way.',
  })
  source: SummarySourceKind;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    example: null,
    description: 'When the summary tables used were last refreshed; null when none were used.',
  })
  refreshedAt: string | null;
}

function GroupByProperty(value: GroupBy): PropertyDecorator {
  return ApiProperty({ enum: [value], example: value });
}

export class ActionSummaryResponse extends SummaryPage {
  @GroupByProperty('action')
  declare groupBy: 'action';

  @ApiProperty({ type: [ActionSummaryRow], description: 'One row per offer (action).' })
  declare summary: ActionSummaryRow[];
}

export class TreatmentSummaryResponse extends SummaryPage {
  @GroupByProperty('treatment')
  declare groupBy: 'treatment';

  @ApiProperty({
    type: [TreatmentSummaryRow],
    description: 'One row per creative (treatment); interactions recorded without a creative are not in any.',
  })
  declare summary: TreatmentSummaryRow[];
}

export class ChannelSummaryResponse extends SummaryPage {
  @GroupByProperty('channel')
  declare groupBy: 'channel';

  @ApiProperty({
    type: [ChannelSummaryRow],
    description: 'One row per channel, by each interaction’s creative; interactions without a creative are not in any.',
  })
  declare summary: ChannelSummaryRow[];
}

export class CustomerSummaryResponse extends SummaryPage {
  @GroupByProperty('customer')
  declare groupBy: 'customer';

  @ApiProperty({ type: [CustomerSummaryRow], description: 'One row per customer.' })
  declare summary: CustomerSummaryRow[];
}

/** The response: one of four shapes, told apart by `groupBy`. */
export type InteractionSummaryResponse =
  ActionSummaryResponse | TreatmentSummaryResponse | ChannelSummaryResponse | CustomerSummaryResponse;

export const INTERACTION_SUMMARY_RESPONSES = [
  ActionSummaryResponse,
  TreatmentSummaryResponse,
  ChannelSummaryResponse,
  CustomerSummaryResponse,
];

/** OpenAPI: a union discriminated by `groupBy`, so generated clients get a tagged union. */
export const INTERACTION_SUMMARY_SCHEMA = {
  oneOf: INTERACTION_SUMMARY_RESPONSES.map((type) => ({ $ref: getSchemaPath(type) })),
  discriminator: {
    propertyName: 'groupBy',
    mapping: {
      action: getSchemaPath(ActionSummaryResponse),
      treatment: getSchemaPath(TreatmentSummaryResponse),
      channel: getSchemaPath(ChannelSummaryResponse),
      customer: getSchemaPath(CustomerSummaryResponse),
    },
  },
};
