import { Global, Injectable, Module } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IntField } from '../validation/fields.js';
import { SignedCursor, type CursorFilters } from './signed-cursor.js';

/** What every list's `cursor` parameter says; the history and receipts say the same in their own words. */
export const CURSOR_DESCRIPTION =
  'Opaque, signed `nextCursor` of the previous page, passed back unchanged (with the same filters). ' +
  'A cursor that is malformed, altered, or made for another list or other filters is a 400 naming `cursor`.';

/** `?limit=&cursor=` for keyset-paginated lists ordered by id. */
export class PageQuery {
  @IntField({ min: 1, max: 1000, default: 100, optional: true, description: 'Page size.' })
  limit: number = 100;

  @ApiProperty({ required: false, maxLength: 512, description: CURSOR_DESCRIPTION })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;
}

/** How every keyset-paginated list pages, for its operation's description. */
export const PAGED_LIST_DESCRIPTION =
  'Pages of `limit` rows (1–1000, default 100): pass a page’s `nextCursor` back as `cursor` to get the next ' +
  'one; it is null on the last page. Walking the pages returns each row once.';

/** One page of a keyset-paginated list, before its rows are mapped to responses. */
export interface Page<T> {
  data: T[];
  hasMore: boolean;
  nextCursor: string | null;
}

/** A key as the lists order by: an id or a name (ids are the longest, 128 characters). */
const isKey = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 128;

/**
 * Keyset pages whose cursors are signed (SignedCursor) for the list (`list`) and the filters
 * they were made with, so that nothing a client writes reaches the keyset predicate: a bad
 * cursor is a 400 naming `cursor`. A position is the last row's key (channels, offers,
 * metrics, …) unless the list passes its own shape and guard (erasure receipts).
 */
@Injectable()
export class KeysetPages {
  constructor(private readonly cursors: SignedCursor) {}

  /** The position the page starts after (undefined: the first page). */
  async after<P = string>(
    list: string,
    cursor: string | undefined,
    filters: CursorFilters = {},
    isPosition: (value: unknown) => value is P = isKey as (value: unknown) => value is P,
  ): Promise<P | undefined> {
    return cursor === undefined ? undefined : this.cursors.decode(list, cursor, filters, isPosition);
  }

  /** Rows read with limit + 1, split into the page and the cursor of the next one. */
  async page<T>(
    list: string,
    rows: T[],
    limit: number,
    positionOf: (row: T) => unknown,
    filters: CursorFilters = {},
  ): Promise<Page<T>> {
    const hasMore = rows.length > limit;
    const data = hasMore ? rows.slice(0, limit) : rows;
    const nextCursor = hasMore ? await this.cursors.encode(list, positionOf(data[data.length - 1]), filters) : null;
    return { data, hasMore, nextCursor };
  }
}

/** The cursor toolkit, for every module: SignedCursor for lists with their own positions, KeysetPages for the rest. */
@Global()
@Module({ providers: [SignedCursor, KeysetPages], exports: [SignedCursor, KeysetPages] })
export class PagingModule {}
