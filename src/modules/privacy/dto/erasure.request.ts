import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageQuery } from '../../../common/http/page.js';
import { IdField } from '../../../common/validation/fields.js';

export class EraseCustomerQuery {
  @ApiProperty({
    required: false,
    type: Boolean,
    default: false,
    description:
      '`true` also suppresses the customer: later interactions and impressions for this id are ' +
      'skipped, not stored, until an admin lifts it. `false` or absent: the customer may come back.',
  })
  @IsOptional()
  // Only the literal strings: `?suppress=1`, `?suppress=yes` or `?suppress=` are 400, not a guess.
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'suppress must be true or false' })
  suppress?: boolean;
}

export class ListErasuresQuery extends PageQuery {
  @IdField({
    optional: true,
    description: 'Only receipts of this customer (matched by its keyed hash; the id itself is not stored).',
  })
  customerId?: string;
}
