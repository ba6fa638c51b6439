import type {
  InteractionHistoryCreative,
  InteractionHistoryItem,
  InteractionHistoryResponse,
} from './dto/interaction-history.response.js';
import type { HistoryRow } from './interaction-history.repository.js';
import type { HistoryPage } from './interaction-history.service.js';

/**
 * The event tables carry no foreign keys to the catalog (ingest checks references instead),
 * so a row could in principle outlive its catalog entry: the reference is kept and the
 * missing name is null, rather than dropping the row or inventing a name.
 */
function toCreative(row: HistoryRow): InteractionHistoryCreative | null {
  if (row.creativeId === null) return null;
  return {
    id: row.creativeId,
    name: row.creativeName,
    channel: row.channelId === null || row.channelName === null ? null : { id: row.channelId, name: row.channelName },
  };
}

export function toInteractionHistoryItem(row: HistoryRow): InteractionHistoryItem {
  return {
    id: row.id,
    customerId: row.customerId,
    offerId: row.offerId,
    creativeId: row.creativeId,
    interactionType: row.interactionType,
    timestamp: row.timestamp,
    offer: { id: row.offerId, name: row.offerName },
    creative: toCreative(row),
  };
}

export function toInteractionHistoryResponse(page: HistoryPage): InteractionHistoryResponse {
  return {
    data: page.rows.map(toInteractionHistoryItem),
    total: page.total,
    hasMore: page.hasMore,
    nextCursor: page.nextCursor,
  };
}
