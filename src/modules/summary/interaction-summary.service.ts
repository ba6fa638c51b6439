import { Injectable } from '@nestjs/common';
import { ReadReplicas } from '../../database/read-replicas.js';
import {
  type ActionCounts,
  type ChannelCounts,
  type CustomerCounts,
  type GroupBy,
  type GroupedCounts,
  SummarySource,
  type SummarySourceKind,
  type TreatmentCounts,
} from './summary-source.js';

export interface SummaryRequest {
  groupBy: GroupBy;
  days: number;
  limit: number;
}

interface SummaryPage<G extends GroupBy, Row> {
  groupBy: G;
  days: number;
  rows: Row[];
  /** More groups than `limit` had interactions in the window. */
  hasMore: boolean;
  source: SummarySourceKind;
  refreshedAt: Date | null;
}

export type InteractionSummary =
  | SummaryPage<'action', ActionCounts>
  | SummaryPage<'treatment', TreatmentCounts>
  | SummaryPage<'channel', ChannelCounts>
  | SummaryPage<'customer', CustomerCounts>;

/**
 * Interaction summaries: asks the SummarySource for one row more than the limit, so that
 * `hasMore` is known without counting the groups, and never cuts silently. Read from a
 * replica when there are any (as fresh as its replay), every statement of one summary on one
 * connection of it.
 */
@Injectable()
export class InteractionSummaryService {
  constructor(
    private readonly source: SummarySource,
    private readonly replicas: ReadReplicas,
  ) {}

  summarize(request: SummaryRequest): Promise<InteractionSummary> {
    const window = { days: request.days, limit: request.limit + 1 };
    return this.replicas.read(async (reader): Promise<InteractionSummary> => {
      switch (request.groupBy) {
        case 'action':
          return page('action', request, await this.source.countByAction(reader, window));
        case 'treatment':
          return page('treatment', request, await this.source.countByTreatment(reader, window));
        case 'channel':
          return page('channel', request, await this.source.countByChannel(reader, window));
        case 'customer':
          return page('customer', request, await this.source.countByCustomer(reader, window));
      }
    });
  }
}

function page<G extends GroupBy, Row>(
  groupBy: G,
  request: SummaryRequest,
  counted: GroupedCounts<Row>,
): SummaryPage<G, Row> {
  const hasMore = counted.rows.length > request.limit;
  return {
    groupBy,
    days: request.days,
    rows: hasMore ? counted.rows.slice(0, request.limit) : counted.rows,
    hasMore,
    source: counted.source,
    refreshedAt: counted.refreshedAt,
  };
}
