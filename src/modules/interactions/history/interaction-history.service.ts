import { Injectable } from '@nestjs/common';
import { SignedCursor } from '../../../common/http/signed-cursor.js';
import { ReadReplicas } from '../../../database/read-replicas.js';
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
    private readonly replicas: ReadReplicas,
  ) {}

  /**
   * One page, newest first, and the total matching the filters, read in one statement: the
   * total comes from HistoryTotals as SQL that the page's statement includes. One snapshot,
   * so under concurrent writes the total counts exactly the matching rows of the snapshot the
   * page was read from: a row on the page is always in the total, and a row committed after
   * that snapshot is in neither.
   *
   * Read from a replica when there are any (as fresh as its replay), every statement of the
   * read on one connection of it.
   */
  async list(request: HistoryRequest): Promise<HistoryPage> {
    const filters = resolveHistoryFilters(request);
    const after = request.cursor === undefined ? undefined : await this.positionOf(request.cursor, filters);
    const { rows, total } = await this.replicas.read((reader) =>
      this.totals.read(reader, filters, (totalSql) =>
        this.history.page(reader, filters, after, request.limit + 1, totalSql),
      ),
    );
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
