import type { Type as ClassType } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { EnumField, IdField, TextField } from '../../../common/validation/fields.js';
import { INTERACTION_TYPES, type InteractionType } from '../interaction.entity.js';
import { EventTimestampField } from './event-timestamp.field.js';

export const MAX_BATCH_SIZE = 1000;

/** What every ingested event carries: who, which offer (and creative), when. */
class EventItem {
  @IdField({
    optional: true,
    example: 'ih_001',
    description:
      'Client-chosen id, unique per customer. Sending the same customerId + id again is a no-op ' +
      '(counted as a duplicate), which makes retries safe. Omitted: the server makes one up.',
  })
  id?: string;

  @IdField({ example: 'CUST001' })
  customerId: string;

  @IdField({ example: 'offer_001', description: 'The offer (action); must exist.' })
  offerId: string;

  @IdField({
    optional: true,
    example: 'creative_001',
    description: 'The creative (treatment); must exist and belong to `offerId`.',
  })
  creativeId?: string;

  @EventTimestampField()
  timestamp?: string;
}

export class InteractionItem extends EventItem {
  @EnumField(INTERACTION_TYPES, { example: 'click', enumName: 'InteractionType' })
  interactionType: InteractionType;
}

export class ImpressionItem extends EventItem {
  @TextField({ optional: true, maxLength: 200, example: 'homepage_hero', description: 'Where the offer was served.' })
  placement?: string;
}

/**
 * 1–1000 nested items. These bodies are validated against their schema in the OpenAPI
 * document (see OpenApiBody), so the description here is also the validation.
 */
function BatchField(item: ClassType<unknown>, description: string): PropertyDecorator {
  return ApiProperty({ type: [item], minItems: 1, maxItems: MAX_BATCH_SIZE, description });
}

export class IngestInteractionsRequest {
  @BatchField(
    InteractionItem,
    'Stored all together or not at all: an unknown offer or creative anywhere rejects the whole batch.',
  )
  interactions: InteractionItem[];
}

export class IngestImpressionsRequest {
  @BatchField(
    ImpressionItem,
    'Stored all together or not at all: an unknown offer or creative anywhere rejects the whole batch.',
  )
  impressions: ImpressionItem[];
}
