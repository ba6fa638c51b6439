import type {
  ActionSummaryRow,
  ChannelSummaryRow,
  CustomerSummaryRow,
  InteractionSummaryResponse,
  TreatmentSummaryRow,
} from './dto/interaction-summary.response.js';
import type { InteractionSummary } from './interaction-summary.service.js';
import { percentage } from './percentage.js';
import type {
  ActionCounts,
  ChannelCounts,
  CustomerCounts,
  InteractionCounts,
  TreatmentCounts,
} from './summary-source.js';

export function toInteractionSummaryResponse(summary: InteractionSummary): InteractionSummaryResponse {
  const { days } = summary;
  // Keys in the seed's order (groupBy, days, summary), then what the contract adds.
  const tail = {
    hasMore: summary.hasMore,
    source: summary.source,
    refreshedAt: summary.refreshedAt?.toISOString() ?? null,
  };
  switch (summary.groupBy) {
    case 'action':
      return { groupBy: 'action', days, summary: summary.rows.map(toActionRow), ...tail };
    case 'treatment':
      return { groupBy: 'treatment', days, summary: summary.rows.map(toTreatmentRow), ...tail };
    case 'channel':
      return { groupBy: 'channel', days, summary: summary.rows.map(toChannelRow), ...tail };
    case 'customer':
      return { groupBy: 'customer', days, summary: summary.rows.map(toCustomerRow), ...tail };
  }
}

/** The four counts, the total, and the rates derived from them. */
function countsAndRates(row: InteractionCounts) {
  return {
    impression: row.impression,
    click: row.click,
    dismiss: row.dismiss,
    convert: row.convert,
    total: row.total,
    ctr: percentage(row.click, row.impression),
    cvr: percentage(row.convert, row.impression),
  };
}

function toActionRow(row: ActionCounts): ActionSummaryRow {
  return {
    id: row.id,
    name: row.name,
    issue: row.issue,
    group: row.group,
    status: row.status,
    priority: row.priority,
    ...countsAndRates(row),
  };
}

function toTreatmentRow(row: TreatmentCounts): TreatmentSummaryRow {
  return {
    id: row.id,
    name: row.name,
    offerId: row.offerId,
    channel: { id: row.channelId, name: row.channelName },
    ...countsAndRates(row),
  };
}

function toChannelRow(row: ChannelCounts): ChannelSummaryRow {
  return { id: row.id, name: row.name, ...countsAndRates(row) };
}

/** As the seed shows it: counts without rates. */
function toCustomerRow(row: CustomerCounts): CustomerSummaryRow {
  return {
    customerId: row.customerId,
    total: row.total,
    impression: row.impression,
    click: row.click,
    dismiss: row.dismiss,
    convert: row.convert,
    uniqueActions: row.uniqueActions,
  };
}
