/** The demo catalog: a bank's offers across a few issues and groups, shown on five channels. */

export const DEMO_CHANNELS: [id: string, name: string][] = [
  ['ch_001', 'Marketing Email'],
  ['ch_002', 'Mobile App'],
  ['ch_003', 'Web'],
  ['ch_004', 'SMS'],
  ['ch_005', 'Call Center'],
];

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

export function demoOffers(): DemoOffer[] {
  const offers: DemoOffer[] = [];
  for (const [issue, group, names] of OFFER_NAMES) {
    for (const name of names) {
      const n = offers.length + 1;
      offers.push({
        id: `offer_${String(n).padStart(3, '0')}`,
        name,
        issue,
        group,
        // Most offers run; a few are paused or still being drafted.
        status: n % 11 === 0 ? 'inactive' : n % 13 === 0 ? 'draft' : 'active',
        priority: 100 - ((n * 7) % 60),
      });
    }
  }
  return offers;
}

/** Each offer is rendered on two to four channels. */
export function demoCreatives(offers: DemoOffer[]): DemoCreative[] {
  const creatives: DemoCreative[] = [];
  offers.forEach((offer, i) => {
    const channelCount = 2 + (i % 3);
    for (let c = 0; c < channelCount; c++) {
      const [channelId, channelName] = DEMO_CHANNELS[(i + c) % DEMO_CHANNELS.length];
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
