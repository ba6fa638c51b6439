import type pg from 'pg';
import { CHECKED_WINDOWS, type Customers, type Tokens, type Traffic } from './soak-traffic.js';

/**
 * What the soak (bench/soak.ts) checks once its traffic has settled: nothing acknowledged is
 * lost or doubled, erasure holds, and every count the API gives equals the raw history.
 */
export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export interface RowFigures {
  /** Interactions in acknowledged (2xx) ingests, every customer. */
  acknowledged: number;
  /** … of customers that are never erased: each must be stored exactly once. */
  acknowledgedKept: number;
  /** Rows of those customers in the history. */
  storedKept: number;
  /** Rows stored from ingests that got no answer (the run ended or the client timed out). */
  storedUnanswered: number;
  /** Rows of erased customers in the history now. */
  storedErasable: number;
  /** Rows in the history, all customers. */
  storedTotal: number;
}

export interface Api {
  baseUrl: string;
  tokens: Tokens;
}

type Counts = Record<'impression' | 'click' | 'dismiss' | 'convert' | 'total', number>;
type Row = Counts & { id: string; uniqueActions?: number };

const GROUPS = {
  action: { key: 'h.offer_id', from: 'interaction_history h', where: 'TRUE' },
  treatment: { key: 'h.creative_id', from: 'interaction_history h', where: 'h.creative_id IS NOT NULL' },
  channel: {
    key: 'c.channel_id',
    from: 'interaction_history h JOIN creative c ON c.id = h.creative_id',
    where: 'TRUE',
  },
  customer: { key: 'h.customer_id', from: 'interaction_history h', where: 'TRUE' },
} as const;
type GroupBy = keyof typeof GROUPS;
const CUSTOMER_LIMIT = 100;

const count = async (db: pg.Client, sql: string, params: unknown[] = []): Promise<number> =>
  Number((await db.query<{ n: string }>(sql, params)).rows[0].n);

export async function runChecks(
  db: pg.Client,
  api: Api,
  traffic: Traffic,
  customers: Customers,
): Promise<{ checks: Check[]; rows: RowFigures }> {
  const checks: Check[] = [];
  const check = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });
  const kept = new Set(customers.stable);
  const erasable = [...customers.suppressed, ...customers.erased];

  await loadSent(db, traffic);
  const acked = traffic.batches.filter((batch) => batch.state === 'acked').flatMap((batch) => batch.items);
  const acknowledgedKept = acked.filter((item) => kept.has(item.customerId)).length;

  const doubled = await count(
    db,
    `SELECT count(*) AS n FROM (SELECT 1 FROM interaction_history GROUP BY customer_id, id HAVING count(*) > 1) d`,
  );
  check('no interaction stored twice', doubled === 0, `${doubled} (customer, id) pairs stored more than once`);

  const missing = await count(
    db,
    `SELECT count(*) AS n FROM soak_sent s
     WHERE s.state = 'acked' AND s.customer_id = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM interaction_history h WHERE h.customer_id = s.customer_id AND h.id = s.id)`,
    [customers.stable],
  );
  check(
    'every acknowledged interaction stored (customers never erased)',
    missing === 0,
    `${missing} of ${acknowledgedKept.toLocaleString('en')} acknowledged interactions missing`,
  );

  const unexpected = await count(
    db,
    `SELECT count(*) AS n FROM interaction_history h
     WHERE NOT EXISTS (SELECT 1 FROM soak_sent s WHERE s.customer_id = h.customer_id AND s.id = h.id AND s.state <> 'rejected')`,
  );
  check(
    'nothing stored that was refused or never sent',
    unexpected === 0,
    `${unexpected} stored rows from refused ingests or unknown`,
  );

  const gone = [...traffic.erasedAcked].filter((id) => customers.suppressed.includes(id));
  const left = await count(
    db,
    `SELECT (SELECT count(*) FROM interaction_history WHERE customer_id = ANY($1))
          + (SELECT count(*) FROM customer_interaction_summary WHERE customer_id = ANY($1))
          + (SELECT count(*) FROM customer_interaction_total WHERE customer_id = ANY($1)) AS n`,
    [gone],
  );
  check(
    'customers erased with suppression hold nothing',
    left === 0,
    `${left} rows left of ${gone.length} customers erased with ?suppress=true (later ingest of them suppressed)`,
  );

  const summaryDiff = await count(
    db,
    `WITH live AS (
       SELECT customer_id, offer_id,
              count(*) FILTER (WHERE interaction_type = 'impression') AS impressions,
              count(*) FILTER (WHERE interaction_type = 'click') AS clicks,
              count(*) FILTER (WHERE interaction_type = 'dismiss') AS dismisses,
              count(*) FILTER (WHERE interaction_type = 'convert') AS conversions,
              max(occurred_at) AS last_at
       FROM interaction_history GROUP BY 1, 2),
     stored AS (
       SELECT customer_id, offer_id, impressions::bigint, clicks::bigint, dismisses::bigint, conversions::bigint,
              last_interaction_at
       FROM customer_interaction_summary)
     SELECT (SELECT count(*) FROM (SELECT * FROM live EXCEPT SELECT * FROM stored) a)
          + (SELECT count(*) FROM (SELECT * FROM stored EXCEPT SELECT * FROM live) b) AS n`,
  );
  const totalDiff = await count(
    db,
    `WITH live AS (SELECT customer_id, count(*) AS total FROM interaction_history GROUP BY 1),
          stored AS (SELECT customer_id, total::bigint FROM customer_interaction_total)
     SELECT (SELECT count(*) FROM (SELECT * FROM live EXCEPT SELECT * FROM stored) a)
          + (SELECT count(*) FROM (SELECT * FROM stored EXCEPT SELECT * FROM live) b) AS n`,
  );
  check(
    'per-customer summaries and totals equal the history',
    summaryDiff === 0 && totalDiff === 0,
    `${summaryDiff} customer-offer rows and ${totalDiff} customer totals differ from aggregating the history`,
  );

  for (const moment of ['before a final refresh', 'after a final refresh'] as const) {
    if (moment === 'after a final refresh') {
      const refreshed = await call(api, 'POST', '/api/v1/interaction-summary/refresh', api.tokens.admin);
      check('final refresh', refreshed.status === 200, `POST /interaction-summary/refresh → ${refreshed.status}`);
    }
    const differences: string[] = [];
    const sources = new Set<string>();
    for (const days of CHECKED_WINDOWS) {
      for (const groupBy of Object.keys(GROUPS) as GroupBy[]) {
        const difference = await compareSummary(db, api, groupBy, days, sources);
        if (difference) differences.push(difference);
      }
    }
    // After the refresh the rollups hold everything: the answer must come from them.
    const fromRollups = moment === 'before a final refresh' || [...sources].some((source) => source !== 'live');
    check(
      `summaries equal aggregating the history, ${moment}`,
      differences.length === 0 && fromRollups,
      differences.length > 0
        ? differences.slice(0, 3).join('; ')
        : `groupBy action, treatment, channel, customer × days ${CHECKED_WINDOWS.join(', ')}; sources: ${[...sources].join(', ')}`,
    );
  }

  const totals = await compareTotals(db, api, customers);
  check(
    'history totals and profile counts equal the history',
    totals.length === 0,
    totals.slice(0, 3).join('; ') || 'unfiltered, per offer, 20 customers',
  );

  const rows: RowFigures = {
    acknowledged: acked.length,
    acknowledgedKept,
    storedKept: await count(db, `SELECT count(*) AS n FROM interaction_history WHERE customer_id = ANY($1)`, [
      customers.stable,
    ]),
    storedUnanswered: await count(
      db,
      `SELECT count(*) AS n FROM interaction_history h JOIN soak_sent s USING (customer_id, id) WHERE s.state = 'sent'`,
    ),
    storedErasable: await count(db, `SELECT count(*) AS n FROM interaction_history WHERE customer_id = ANY($1)`, [
      erasable,
    ]),
    storedTotal: await count(db, `SELECT count(*) AS n FROM interaction_history`),
  };
  return { checks, rows };
}

/** Every interaction the run sent, with what became of its request, into a temporary table. */
async function loadSent(db: pg.Client, traffic: Traffic): Promise<void> {
  await db.query(`CREATE TEMP TABLE soak_sent (customer_id text, id text, state text, PRIMARY KEY (customer_id, id))`);
  const items = traffic.batches.flatMap((batch) => batch.items.map((item) => ({ ...item, state: batch.state })));
  for (let start = 0; start < items.length; start += 20_000) {
    const chunk = items.slice(start, start + 20_000);
    await db.query(`INSERT INTO soak_sent SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`, [
      chunk.map((item) => item.customerId),
      chunk.map((item) => item.id),
      chunk.map((item) => item.state),
    ]);
  }
  await db.query('ANALYZE soak_sent');
}

/** One summary from the API against the same aggregate in SQL; a sentence when they differ. */
async function compareSummary(
  db: pg.Client,
  api: Api,
  groupBy: GroupBy,
  days: number,
  sources: Set<string>,
): Promise<string | undefined> {
  const limit = groupBy === 'customer' ? CUSTOMER_LIMIT : 1000;
  const response = await call(
    api,
    'GET',
    `/api/v1/interaction-summary?groupBy=${groupBy}&days=${days}&limit=${limit}`,
    api.tokens.viewer,
  );
  const what = `groupBy=${groupBy}&days=${days}`;
  if (response.status !== 200) return `${what}: ${response.status}`;
  const body = response.body as { summary: Record<string, unknown>[]; hasMore: boolean; source: string };
  sources.add(body.source);
  const apiRows = body.summary.map((row): Row => ({
    id: String(row.id ?? row.customerId),
    impression: row.impression as number,
    click: row.click as number,
    dismiss: row.dismiss as number,
    convert: row.convert as number,
    total: row.total as number,
    ...(groupBy === 'customer' ? { uniqueActions: row.uniqueActions as number } : {}),
  }));
  const { key, from, where } = GROUPS[groupBy];
  const sqlRows = (
    await db.query<Row>(
      `SELECT ${key} AS id,
              count(*) FILTER (WHERE h.interaction_type = 'impression')::int AS impression,
              count(*) FILTER (WHERE h.interaction_type = 'click')::int AS click,
              count(*) FILTER (WHERE h.interaction_type = 'dismiss')::int AS dismiss,
              count(*) FILTER (WHERE h.interaction_type = 'convert')::int AS convert,
              count(*)::int AS total
              ${groupBy === 'customer' ? ', count(DISTINCT h.offer_id)::int AS "uniqueActions"' : ''}
       FROM ${from}
       WHERE ${where} AND h.occurred_at > now() - make_interval(days => $1)
       GROUP BY 1 ORDER BY total DESC`,
      [days],
    )
  ).rows;
  const byId = new Map(sqlRows.map((row) => [row.id, row]));
  const wrong = apiRows.filter((row) => JSON.stringify(row) !== JSON.stringify(byId.get(row.id)));
  if (wrong.length > 0) {
    return `${what}: ${wrong.length} rows differ, e.g. API ${JSON.stringify(wrong[0])} vs SQL ${JSON.stringify(byId.get(wrong[0].id))}`;
  }
  // The same groups: all of them, or for customers the top `limit` by total (ties in any order).
  const expected = sqlRows.slice(0, limit).map((row) => row.total);
  const got = apiRows.map((row) => row.total);
  if (JSON.stringify(got) !== JSON.stringify(expected) || body.hasMore !== sqlRows.length > limit) {
    return `${what}: ${got.length} groups (hasMore ${body.hasMore}), SQL has ${sqlRows.length}`;
  }
  return undefined;
}

/** History `total`s (unfiltered, per offer, per customer) and profile counts against count(*). */
async function compareTotals(db: pg.Client, api: Api, customers: Customers): Promise<string[]> {
  const wrong: string[] = [];
  const history = async (filter: string, expected: number) => {
    const response = await call(api, 'GET', `/api/v1/interaction-history?${filter}&limit=1`, api.tokens.viewer);
    const total = (response.body as { total?: number }).total;
    if (response.status !== 200 || total !== expected)
      wrong.push(`history ${filter}: ${response.status} total ${total}, expected ${expected}`);
  };
  await history('', await count(db, 'SELECT count(*) AS n FROM interaction_history'));
  const offers = await db.query<{ id: string; n: string }>(
    `SELECT o.id, (SELECT count(*) FROM interaction_history h WHERE h.offer_id = o.id) AS n FROM offer o ORDER BY 1`,
  );
  for (const offer of offers.rows) await history(`offerId=${offer.id}`, Number(offer.n));
  const sample = [
    ...customers.stable.slice(0, 10),
    ...customers.suppressed.slice(0, 5),
    ...customers.erased.slice(0, 5),
  ];
  for (const customerId of sample) {
    const n = await count(db, 'SELECT count(*) AS n FROM interaction_history WHERE customer_id = $1', [customerId]);
    await history(`customerId=${customerId}`, n);
    const profile = await call(
      api,
      'GET',
      `/api/v1/customers/${customerId}/unified-profile?sections=interactions`,
      api.tokens.viewer,
    );
    const totalCount = (profile.body as { interactions?: { totalCount?: number } }).interactions?.totalCount;
    // A customer with no data anywhere is a 404 (an erased one, say).
    const ok = n === 0 ? profile.status === 404 : profile.status === 200 && totalCount === n;
    if (!ok) wrong.push(`profile ${customerId}: ${profile.status} totalCount ${totalCount}, expected ${n}`);
  }
  return wrong;
}

async function call(api: Api, method: string, path: string, token: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(api.baseUrl + path, { method, headers: { authorization: `Bearer ${token}` } });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}
