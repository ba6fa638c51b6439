import { ApiProperty } from '@nestjs/swagger';

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
  @ApiProperty({ example: '2026-03-15T10:30:00.000Z' })
  createdAt: string;

  @ApiProperty({ example: '2026-03-15T10:30:00.000Z' })
  updatedAt: string;
}
