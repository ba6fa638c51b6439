import type { SummaryRefreshResponse } from './dto/summary-refresh.response.js';
import type { SummaryRefreshResult } from './summary-refresh.service.js';

export function toSummaryRefreshResponse(result: SummaryRefreshResult): SummaryRefreshResponse {
  return {
    rowsProcessed: result.rowsProcessed,
    durationMs: result.durationMs,
    // A bigint in the database; exact as a JSON number up to 2^53 interactions.
    watermark: Number(result.watermark),
    refreshedAt: result.refreshedAt.toISOString(),
    startedAt: result.startedAt.toISOString(),
    finishedAt: result.finishedAt.toISOString(),
  };
}
