import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { EnumField, IdField, IntField } from '../../../../common/validation/fields.js';
import { INTERACTION_TYPES, type InteractionType } from '../../interaction.entity.js';

export const HISTORY_DEFAULT_LIMIT = 20;
export const HISTORY_MAX_LIMIT = 100;

/**
 * `GET /interaction-history`'s query. Every filter is optional and they combine with AND.
 * `actionId` and `treatmentId` are the decisioning vocabulary's names for `offerId` and
 * `creativeId`: either spelling works, both together only with the same value.
 */
export class ListInteractionHistoryQuery {
  @IdField({ optional: true, description: 'Only this customer’s interactions.' })
  customerId?: string;

  @IdField({
    optional: true,
    description: 'Only interactions with this offer. Alias: `actionId`.',
  })
  offerId?: string;

  @IdField({
    optional: true,
    description: 'Alias of `offerId`. Giving both with different values is a 400.',
  })
  actionId?: string;

  @IdField({
    optional: true,
    description: 'Only interactions with this creative. Alias: `treatmentId`.',
  })
  creativeId?: string;

  @IdField({
    optional: true,
    description: 'Alias of `creativeId`. Giving both with different values is a 400.',
  })
  treatmentId?: string;

  @EnumField(INTERACTION_TYPES, {
    optional: true,
    enumName: 'InteractionType',
    description: 'Only interactions of this type.',
  })
  type?: InteractionType;

  @IntField({
    min: 1,
    max: HISTORY_MAX_LIMIT,
    default: HISTORY_DEFAULT_LIMIT,
    optional: true,
    description: 'Page size.',
  })
  limit: number = HISTORY_DEFAULT_LIMIT;

  @ApiProperty({
    required: false,
    maxLength: 1024,
    description:
      'Opaque `nextCursor` of the previous page, passed back unchanged with the same filters. ' +
      'A cursor used with other filters, altered, or malformed is a 400.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  cursor?: string;
}
