import { ApiProperty } from '@nestjs/swagger';

/** What became of each item of a batch; the three counts add up to the batch size. */
export class IngestResponse {
  @ApiProperty({ example: 998, description: 'Items stored by this request.' })
  accepted: number;

  @ApiProperty({
    example: 2,
    description:
      'Items not stored because the customer already has an event with that id, or because ' +
      'the same customerId + id came earlier in this batch.',
  })
  duplicates: number;

  @ApiProperty({
    example: 0,
    description: 'Items skipped, not stored, because their customer was erased with `suppress=true`.',
  })
  suppressed: number;
}
