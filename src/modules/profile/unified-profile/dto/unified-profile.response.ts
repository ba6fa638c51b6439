import { ApiProperty, ApiPropertyOptional, type SchemaObject } from '@nestjs/swagger';
import { INTERACTION_TYPES, type InteractionType } from '../../../interactions/interaction.entity.js';
import type { RecordValue } from '../../schema-record.entity.js';

/**
 * An attribute's value, as schema records store them: the field's type, or null. OpenAPI 3.0
 * allows `nullable` only beside a `type`, so one branch carries it.
 */
const ATTRIBUTE_VALUE_SCHEMA: SchemaObject = {
  oneOf: [{ type: 'string', nullable: true }, { type: 'number' }, { type: 'boolean' }],
};

/** At most this many interactions are listed; `totalCount` counts them all. */
export const RECENT_INTERACTIONS_LIMIT = 10;

export class ProfileInteractionResponse {
  @ApiProperty({ example: 'offer_001', description: 'The offer (action).' })
  offerId: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'creative_001',
    description: 'The creative (treatment); null when the interaction named none.',
  })
  creativeId: string | null;

  @ApiProperty({ enum: INTERACTION_TYPES, enumName: 'InteractionType', example: 'click' })
  interactionType: InteractionType;

  @ApiProperty({ format: 'date-time', example: '2026-03-15T10:30:00.000Z', description: 'UTC, with milliseconds.' })
  timestamp: string;
}

export class ProfileInteractionsResponse {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    example: 142,
    description: 'All of the customer’s interactions, ever (a replayed interaction id counts once).',
  })
  totalCount: number;

  @ApiProperty({
    type: [ProfileInteractionResponse],
    maxItems: RECENT_INTERACTIONS_LIMIT,
    description: `The ${RECENT_INTERACTIONS_LIMIT} newest, newest first (by timestamp, then by interaction id, both descending).`,
  })
  recentInteractions: ProfileInteractionResponse[];
}

export class ProfileExperimentResponse {
  @ApiProperty({ example: 'exp_hero_2026' })
  experimentId: string;

  @ApiProperty({ example: 'treatment' })
  variant: string;

  @ApiProperty({
    format: 'date-time',
    example: '2026-03-15T10:30:00.000Z',
    description: 'When the customer got this variant.',
  })
  assignedAt: string;
}

/**
 * A customer's profile. Only the sections asked for are present: a section left out of
 * `sections` is absent from the body (never null); a section asked for is always there,
 * empty when the customer has nothing in it.
 */
export class UnifiedProfileResponse {
  @ApiProperty({ example: 'CUST001' })
  customerId: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: ATTRIBUTE_VALUE_SCHEMA,
    description:
      'The customer’s records from every schema table, merged into one object of field → value ' +
      '(strings, numbers, booleans, timestamps as UTC ISO 8601 strings, or null where a record stores ' +
      'null). When two tables have the same field, the value of the table created first wins.',
    example: { email: 'john@example.com', tier: 'gold', lifetime_value: 15200.5, tenure_months: 36 },
  })
  attributes?: Record<string, RecordValue>;

  @ApiPropertyOptional({ type: ProfileInteractionsResponse })
  interactions?: ProfileInteractionsResponse;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'Every metric value the customer has, by metric name.',
    example: { purchase_frequency_30d: 4, engagement_score: 78.5 },
  })
  metrics?: Record<string, number>;

  @ApiPropertyOptional({
    type: [String],
    description: 'Ids of the segments whose rule the customer satisfies now, sorted.',
    example: ['active_buyer', 'high_value'],
  })
  segments?: string[];

  @ApiPropertyOptional({
    type: [ProfileExperimentResponse],
    description: 'The customer’s experiment assignments, sorted by experimentId.',
  })
  experiments?: ProfileExperimentResponse[];
}
