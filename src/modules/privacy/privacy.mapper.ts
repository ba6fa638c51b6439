import type { ErasureReceiptResponse, EraseCustomerResponse, ErasureCountsResponse } from './dto/erasure.response.js';
import { ERASURE_COUNT_KEYS, type ErasureCounts } from './erasure-counts.js';
import type { ReceiptRow } from './privacy.repository.js';

/** The counts in a fixed key order (jsonb reorders keys); a count a receipt lacks is 0. */
function toCountsResponse(counts: Partial<ErasureCounts>): ErasureCountsResponse {
  return Object.fromEntries(
    ERASURE_COUNT_KEYS.map((key) => [key, counts[key] ?? 0]),
  ) as unknown as ErasureCountsResponse;
}

export function toEraseCustomerResponse(counts: ErasureCounts): EraseCustomerResponse {
  return { success: true, deleted: toCountsResponse(counts) };
}

export function toErasureReceiptResponse(row: ReceiptRow): ErasureReceiptResponse {
  return {
    id: row.id,
    customerHash: row.customerHash,
    counts: toCountsResponse(row.counts),
    suppressed: row.suppressed,
    requestedBy: row.requestedBy,
    requestedAt: row.requestedAt.toISOString(),
  };
}
