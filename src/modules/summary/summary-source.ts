import type { EntityManager } from 'typeorm';
import type { OfferStatus } from '../catalog/offer.entity.js';

/** The dimensions an interaction summary can be grouped by (CONTRACT.md). */
export const GROUP_BY = ['action', 'treatment', 'channel', 'customer'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

/**
 * How a summary was answered: from materialized rollups only, by aggregating the raw
 * history on the fly, or rollups for most of the window and raw rows for the rest.
 */
export const SUMMARY_SOURCES = ['materialized', 'live', 'mixed'] as const;
export type SummarySourceKind = (typeof SUMMARY_SOURCES)[number];

/** Interactions counted per type, and all of them. */
export interface InteractionCounts {
  impression: number;
  click: number;
  dismiss: number;
  convert: number;
  total: number;
}

export interface ActionCounts extends InteractionCounts {
  id: string;
  name: string;
  issue: string;
  group: string;
  status: OfferStatus;
  priority: number;
}

export interface TreatmentCounts extends InteractionCounts {
  id: string;
  name: string;
  offerId: string;
  channelId: string;
  channelName: string;
}

export interface ChannelCounts extends InteractionCounts {
  id: string;
  name: string;
}

export interface CustomerCounts extends InteractionCounts {
  customerId: string;
  /** Distinct offers the customer interacted with in the window. */
  uniqueActions: number;
}

/**
 * Which groups to count: interactions with `occurred_at > now() - days × 24 h`, the
 * `limit` groups with the highest totals (ties by id, byte order).
 */
export interface SummaryWindow {
  days: number;
  limit: number;
}

/** Grouped counts, and how they were obtained. */
export interface GroupedCounts<Row> {
  rows: Row[];
  source: SummarySourceKind;
  /** When the materialized tables used were last refreshed; null when none were used. */
  refreshedAt: Date | null;
}

/**
 * Where interaction summaries come from: the raw history aggregated on the fly
 * (LiveSummaryRepository) or the materialized rollups plus raw rows (RollupSummaryRepository).
 * Every method returns at most `window.limit` rows, sorted by total descending, then id
 * ascending, each with its catalog attributes; only groups with at least one interaction in
 * the window. Every statement runs on `reader`, one connection for the whole summary, of a
 * replica when there are any (ReadReplicas).
 */
export abstract class SummarySource {
  abstract countByAction(reader: EntityManager, window: SummaryWindow): Promise<GroupedCounts<ActionCounts>>;

  /** Interactions without a creative belong to no treatment and are not counted. */
  abstract countByTreatment(reader: EntityManager, window: SummaryWindow): Promise<GroupedCounts<TreatmentCounts>>;

  /** By the channel of each interaction's creative; interactions without one are not counted. */
  abstract countByChannel(reader: EntityManager, window: SummaryWindow): Promise<GroupedCounts<ChannelCounts>>;

  abstract countByCustomer(reader: EntityManager, window: SummaryWindow): Promise<GroupedCounts<CustomerCounts>>;
}
