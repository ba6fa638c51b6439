import { ApiProperty } from '@nestjs/swagger';
import { DomainError } from '../errors/domain-error.js';
import { IntField } from '../validation/fields.js';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** `?limit=&cursor=` for keyset-paginated lists ordered by id. */
export class PageQuery {
  @IntField({ min: 1, max: 1000, default: 100, optional: true, description: 'Page size.' })
  limit: number = 100;

  @ApiProperty({ required: false, description: 'Opaque cursor from the previous page’s `nextCursor`.' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;
}

/** How every keyset-paginated list pages, for its operation's description. */
export const PAGED_LIST_DESCRIPTION =
  'Pages of `limit` rows (1–1000, default 100): pass a page’s `nextCursor` back as `cursor` to get the next ' +
  'one; it is null on the last page. Walking the pages returns each row once.';

/** Encodes the last id of a page as an opaque cursor. */
export function encodeIdCursor(lastId: string): string {
  return Buffer.from(JSON.stringify({ after: lastId })).toString('base64url');
}

export function decodeIdCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { after?: unknown };
    if (typeof decoded.after === 'string') return decoded.after;
  } catch {
    // fall through
  }
  throw new DomainError('invalid_input', 'cursor is malformed: pass back a nextCursor value unchanged', [
    { field: 'cursor', message: 'cursor is malformed' },
  ]);
}

/** Splits a page fetched with limit + 1 rows into the page and its continuation. */
export function toPage<T>(rows: T[], limit: number, idOf: (row: T) => string) {
  const hasMore = rows.length > limit;
  const data = hasMore ? rows.slice(0, limit) : rows;
  return { data, hasMore, nextCursor: hasMore ? encodeIdCursor(idOf(data[data.length - 1])) : null };
}
