import { ApiProperty } from '@nestjs/swagger';
import { ApiTimestamp } from '../openapi/api-timestamp.decorator.js';

/** The envelope of every keyset-paginated list: `data` plus these. */
export class PageInfo {
  @ApiProperty({ description: 'True when more rows follow this page.' })
  hasMore: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` to get the next page; null on the last.',
  })
  nextCursor: string | null;
}

export class Timestamps {
  @ApiTimestamp({ description: 'When it was created.' })
  createdAt: string;

  @ApiTimestamp({ description: 'When it was last written.' })
  updatedAt: string;
}
