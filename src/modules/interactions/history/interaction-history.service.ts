import { Injectable } from '@nestjs/common';
import { SignedCursor } from '../../../common/http/signed-cursor.js';
import { resolveHistoryFilters, type HistoryFilterQuery, type HistoryFilters } from './history-filters.js';
import { HistoryTotals } from './history-totals.js';
import {
  InteractionHistoryRepository,
  type HistoryPosition,
  type HistoryRow,
} from './interaction-history.repository.js';

export interface HistoryRequest extends HistoryFilterQuery {
  limit: number;
  cursor?: string;
}

export interface HistoryPage {
  rows: HistoryRow[];
  total: number;
  hasMore: boolean;
  nextCursor: string | null;
}

/** Cursors of this list are valid for this list only. */
const CURSOR_SCOPE = 'interaction-history';

/** occurred_at as the repository writes it: UTC, six fractional digits. */
const POSITION_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

const isKey = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 128;

/** The shape of a position this service signed (the signature already proves who made it). */
function isHistoryPosition(value: unknown): value is HistoryPosition {
  if (typeof value !== 'object' || value === null) return false;
  const { t, id, c } = value as Partial<HistoryPosition>;
  return typeof t === 'string' && POSITION_TIME.test(t) && isKey(id) && isKey(c);
}

@Injectable()
export class InteractionHistoryService {
  constructor(
    private readonly history: InteractionHistoryRepository,
    private readonly totals: HistoryTotals,
    private readonly cursors: SignedCursor,
  ) {}

  /**
   * One page, newest first, and the total matching the filters. The page and the total are
   * read concurrently, each in its own statement: under concurrent writes the total may
   * count a row the page's snapshot did not see yet (or the reverse), never a wrong filter.
   */
  async list(request: HistoryRequest): Promise<HistoryPage> {
    const filters = resolveHistoryFilters(request);
    const after = request.cursor === undefined ? undefined : await this.positionOf(request.cursor, filters);
    const [rows, total] = await Promise.all([
      this.history.page(filters, after, request.limit + 1),
      this.totals.total(filters),
    ]);
    const hasMore = rows.length > request.limit;
    const page = hasMore ? rows.slice(0, request.limit) : rows;
    const last = page[page.length - 1];
    const nextCursor = hasMore ? await this.cursorAfter(last, filters) : null;
    return { rows: page, total, hasMore, nextCursor };
  }

  private positionOf(cursor: string, filters: HistoryFilters): Promise<HistoryPosition> {
    return this.cursors.decode(CURSOR_SCOPE, cursor, { ...filters }, isHistoryPosition);
  }

  private cursorAfter(row: HistoryRow, filters: HistoryFilters): Promise<string> {
    const position: HistoryPosition = { t: row.position, id: row.id, c: row.customerId };
    return this.cursors.encode(CURSOR_SCOPE, position, { ...filters });
  }
}
