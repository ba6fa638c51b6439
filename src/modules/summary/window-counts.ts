import { byteOrder } from './top-customers.js';

/** The four counters of an interaction group, named like the rollup columns. */
export interface Counters {
  impressions: number;
  clicks: number;
  dismisses: number;
  conversions: number;
}

/** Counters of one (offer, creative key) cell of a window: creative key '' for interactions without a creative. */
export interface CellCounts extends Counters {
  offerId: string;
  creativeKey: string;
}

/** A group's counters in the window, and whether raw history rows (not rollups) counted for it. */
export interface GroupCounts extends Counters {
  id: string;
  raw: boolean;
}

/** The window's counts by offer (every interaction) and by creative (those with one). */
export interface WindowCounts {
  byOffer: Map<string, GroupCounts>;
  byCreative: Map<string, GroupCounts>;
}

function add(into: Map<string, GroupCounts>, id: string, cell: Counters, raw: boolean): void {
  const group = into.get(id);
  if (group === undefined) {
    into.set(id, {
      id,
      impressions: cell.impressions,
      clicks: cell.clicks,
      dismisses: cell.dismisses,
      conversions: cell.conversions,
      raw,
    });
    return;
  }
  group.impressions += cell.impressions;
  group.clicks += cell.clicks;
  group.dismisses += cell.dismisses;
  group.conversions += cell.conversions;
  group.raw ||= raw;
}

function copy(groups: Map<string, GroupCounts>): Map<string, GroupCounts> {
  const copied = new Map<string, GroupCounts>();
  for (const [id, { impressions, clicks, dismisses, conversions, raw }] of groups) {
    copied.set(id, { id, impressions, clicks, dismisses, conversions, raw });
  }
  return copied;
}

/**
 * Adds cells to window counts, by offer and by creative, flagged `raw` or not. Returns new
 * counts; `base` (the memoized rollup part) is left as it is.
 */
export function addCells(base: WindowCounts | undefined, cells: readonly CellCounts[], raw: boolean): WindowCounts {
  const counts: WindowCounts = {
    byOffer: base === undefined ? new Map<string, GroupCounts>() : copy(base.byOffer),
    byCreative: base === undefined ? new Map<string, GroupCounts>() : copy(base.byCreative),
  };
  for (const cell of cells) {
    add(counts.byOffer, cell.offerId, cell, raw);
    if (cell.creativeKey !== '') add(counts.byCreative, cell.creativeKey, cell, raw);
  }
  return counts;
}

export function totalOf(counters: Counters): number {
  return counters.impressions + counters.clicks + counters.dismisses + counters.conversions;
}

/**
 * Sums groups into coarser ones (creatives into channels): `parentOf` gives a group's
 * parent, undefined to leave it out.
 */
export function rollUp(
  groups: Iterable<GroupCounts>,
  parentOf: (id: string) => string | undefined,
): Map<string, GroupCounts> {
  const parents = new Map<string, GroupCounts>();
  for (const group of groups) {
    const parent = parentOf(group.id);
    if (parent !== undefined) add(parents, parent, group, group.raw);
  }
  return parents;
}

/**
 * The `limit` groups with the most interactions, total descending then id in byte order (the
 * live source's ORDER BY total DESC, id COLLATE "C"); groups whose counters add up to 0 are
 * not groups with interactions and are left out, as live does. `anyRaw`: whether raw rows
 * counted for any group with interactions, cut by the limit or not.
 */
export function topGroups(
  groups: Iterable<GroupCounts>,
  limit: number,
): { top: (GroupCounts & { total: number })[]; anyRaw: boolean } {
  // Runs per request over every group (~800 at 10M rows): one pass, one small object per group.
  const counted: (GroupCounts & { total: number })[] = [];
  let anyRaw = false;
  for (const { id, impressions, clicks, dismisses, conversions, raw } of groups) {
    const total = impressions + clicks + dismisses + conversions;
    if (total <= 0) continue;
    counted.push({ id, impressions, clicks, dismisses, conversions, raw, total });
    anyRaw ||= raw;
  }
  counted.sort((a, b) => b.total - a.total || byteOrder(a.id, b.id));
  return { top: counted.slice(0, limit), anyRaw };
}
