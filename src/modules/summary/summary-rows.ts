import type {
  ActionCounts,
  ChannelCounts,
  CustomerCounts,
  InteractionCounts,
  TreatmentCounts,
} from './summary-source.js';

/**
 * Rows as the summary statements return them: PostgreSQL's counts and sums are bigints, which
 * node-postgres hands over as strings. The live source maps all four; the rollup source maps
 * its customer rows (its other counts arrive as numbers, see window-counts.ts).
 */
export type Counted<T> = Omit<T, keyof InteractionCounts> & Record<keyof InteractionCounts, string>;
export type CountedCustomer = Counted<Omit<CustomerCounts, 'uniqueActions'>> & { uniqueActions: string };

export function counts(row: Record<keyof InteractionCounts, string>): InteractionCounts {
  return {
    impression: Number(row.impression),
    click: Number(row.click),
    dismiss: Number(row.dismiss),
    convert: Number(row.convert),
    total: Number(row.total),
  };
}

export function toActionCounts(row: Counted<ActionCounts>): ActionCounts {
  const { id, name, issue, group, status, priority } = row;
  return { id, name, issue, group, status, priority, ...counts(row) };
}

export function toTreatmentCounts(row: Counted<TreatmentCounts>): TreatmentCounts {
  const { id, name, offerId, channelId, channelName } = row;
  return { id, name, offerId, channelId, channelName, ...counts(row) };
}

export function toChannelCounts(row: Counted<ChannelCounts>): ChannelCounts {
  return { id: row.id, name: row.name, ...counts(row) };
}

export function toCustomerCounts(row: CountedCustomer): CustomerCounts {
  return { customerId: row.customerId, ...counts(row), uniqueActions: Number(row.uniqueActions) };
}
