/**
 * The demo catalog: a bank's offers across a few issues and groups, shown on five channels.
 * A larger catalog (for benchmarks) extends it: the demo's own rows come first, unchanged,
 * and the rest are numbered variants of them. Every id and name is deterministic.
 */

export const DEMO_CHANNELS: [id: string, name: string][] = [
  ['ch_001', 'Marketing Email'],
  ['ch_002', 'Mobile App'],
  ['ch_003', 'Web'],
  ['ch_004', 'SMS'],
  ['ch_005', 'Call Center'],
];

/** Channels after the demo's five, before they are merely numbered. */
const MORE_CHANNEL_NAMES = ['Push Notification', 'Direct Mail', 'In-Branch', 'Social Media', 'Partner Site'];

const OFFER_NAMES: [issue: string, group: string, names: string[]][] = [
  ['Credit Cards', 'Premium', ['Platinum Card', 'Black Card', 'Signature Rewards', 'Premier Miles']],
  ['Credit Cards', 'Cashback', ['Everyday Cashback', 'Grocery 5%', 'Fuel Saver', 'Student Card']],
  ['Credit Cards', 'Travel', ['Travel Elite', 'Lounge Access', 'No FX Fee Card']],
  ['Loans', 'Personal', ['Personal Loan 7.9%', 'Debt Consolidation', 'Home Improvement Loan', 'Car Loan']],
  ['Loans', 'Mortgage', ['First Home Mortgage', 'Remortgage Fixed 5y', 'Green Mortgage']],
  ['Deposits', 'Savings', ['Easy Access Saver', 'Kids Saver', 'Regular Saver 5%', 'ISA Saver']],
  ['Deposits', 'Term', ['1-Year Fixed Bond', '3-Year Fixed Bond', 'Notice Account 95']],
  ['Insurance', 'Home', ['Home Insurance', 'Contents Cover', 'Landlord Cover']],
  ['Insurance', 'Travel', ['Annual Travel Cover', 'Single Trip Cover']],
  ['Investments', 'Retail', ['Stocks & Shares ISA', 'Robo Advisor', 'Pension Transfer']],
];

const CREATIVE_STYLES = ['Hero', 'Banner', 'Reminder', 'Offer Card'];

export interface DemoOffer {
  id: string;
  name: string;
  issue: string;
  group: string;
  status: 'active' | 'inactive' | 'draft';
  priority: number;
}

export interface DemoCreative {
  id: string;
  name: string;
  offerId: string;
  channelId: string;
}

/** How many channels, offers and creatives a catalog has. */
export interface DemoCatalogSize {
  offers: number;
  creatives: number;
  channels: number;
}

export interface DemoCatalog {
  channels: [id: string, name: string][];
  offers: DemoOffer[];
  creatives: DemoCreative[];
}

const NAMED_OFFERS = OFFER_NAMES.flatMap(([issue, group, names]) => names.map((name) => ({ issue, group, name })));

/** Two to four creatives per offer, in turn. */
const creativesOfOffer = (i: number) => 2 + (i % 3);

/** The demo's own size: 33 offers, 99 creatives, 5 channels. */
export const DEMO_CATALOG_SIZE: Readonly<DemoCatalogSize> = {
  offers: NAMED_OFFERS.length,
  creatives: NAMED_OFFERS.reduce((sum, _, i) => sum + creativesOfOffer(i), 0),
  channels: DEMO_CHANNELS.length,
};

/**
 * A catalog of the given size (the demo's own by default). Sizes are checked: at least one
 * channel and one offer, and at least one creative per offer.
 */
export function demoCatalog(size: Partial<DemoCatalogSize> = {}): DemoCatalog {
  const { offers: offerCount, creatives: creativeCount, channels: channelCount } = { ...DEMO_CATALOG_SIZE, ...size };
  for (const [name, value, min] of [
    ['offers', offerCount, 1],
    ['channels', channelCount, 1],
    ['creatives', creativeCount, offerCount],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < min) {
      throw new RangeError(`catalog ${name} must be a whole number of at least ${min} (got ${value})`);
    }
  }
  const channels = demoChannels(channelCount);
  const offers = demoOffers(offerCount);
  return { channels, offers, creatives: demoCreatives(offers, channels, creativeCount) };
}

/** The demo's five channels, then more names, then numbered ones. */
export function demoChannels(count: number = DEMO_CHANNELS.length): [id: string, name: string][] {
  return Array.from({ length: count }, (_, i) => {
    const name = DEMO_CHANNELS[i]?.[1] ?? MORE_CHANNEL_NAMES[i - DEMO_CHANNELS.length] ?? `Channel ${i + 1}`;
    return [`ch_${String(i + 1).padStart(3, '0')}`, name];
  });
}

/** The 33 named offers, then numbered variants of them (`Platinum Card 2`, …). */
export function demoOffers(count: number = NAMED_OFFERS.length): DemoOffer[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const { issue, group, name } = NAMED_OFFERS[i % NAMED_OFFERS.length];
    const round = Math.floor(i / NAMED_OFFERS.length) + 1;
    return {
      id: `offer_${String(n).padStart(3, '0')}`,
      name: round === 1 ? name : `${name} ${round}`,
      issue,
      group,
      // Most offers run; a few are paused or still being drafted.
      status: n % 11 === 0 ? 'inactive' : n % 13 === 0 ? 'draft' : 'active',
      priority: 100 - ((n * 7) % 60),
    };
  });
}

/**
 * Each offer is rendered on two to four channels (in turn), on consecutive channels. When
 * `count` asks for another total, offers get one more or one fewer creative, from the last
 * offer backwards, until it is met (never fewer than one).
 */
export function demoCreatives(
  offers: DemoOffer[],
  channels: [id: string, name: string][] = DEMO_CHANNELS,
  count?: number,
): DemoCreative[] {
  const perOffer = offers.map((_, i) => creativesOfOffer(i));
  const natural = perOffer.reduce((sum, n) => sum + n, 0);
  if (count !== undefined && count < offers.length) {
    throw new RangeError(`${count} creatives cannot cover ${offers.length} offers`);
  }
  let missing = (count ?? natural) - natural;
  for (let i = offers.length - 1; missing !== 0; i = (i + offers.length - 1) % offers.length) {
    if (missing > 0) {
      perOffer[i]++;
      missing--;
    } else if (perOffer[i] > 1) {
      perOffer[i]--;
      missing++;
    }
  }
  const creatives: DemoCreative[] = [];
  offers.forEach((offer, i) => {
    for (let c = 0; c < perOffer[i]; c++) {
      const [channelId, channelName] = channels[(i + c) % channels.length];
      const n = creatives.length + 1;
      creatives.push({
        id: `creative_${String(n).padStart(3, '0')}`,
        name: `${offer.name} ${channelName} ${CREATIVE_STYLES[n % CREATIVE_STYLES.length]}`,
        offerId: offer.id,
        channelId,
      });
    }
  });
  return creatives;
}

/** `CUST001`, `CUST002`, … `CUST1000`: the seed's own spelling of customer ids. */
export function demoCustomerId(n: number): string {
  return `CUST${String(n).padStart(3, '0')}`;
}
