import type { DataSource, EntityManager } from 'typeorm';
import { addToCustomerSummarySql, addToCustomerTotalSql } from '../../modules/summary/customer-summary.sql.js';
import { holdWriteFence } from '../advisory-locks.js';
import { LIFT_STATEMENT_TIMEOUT_FOR_TRANSACTION } from '../statement-timeout.js';
import { addMonths, monthOf } from '../../modules/partitions/months.js';
import { PartitionsRepository } from '../../modules/partitions/partitions.repository.js';
import { demoCatalog, type DemoCatalog, type DemoCatalogSize, type DemoCreative } from './demo-catalog.js';

export interface SeedOptions {
  customers: number;
  interactions: number;
  /** Rows generated per statement; progress is reported after each. */
  chunkSize?: number;
  /** Drop and rebuild the interaction table's indexes around the load; default: when the load is at least as large as the table. */
  bulk?: 'auto' | 'always' | 'never';
  /** Catalog size; default: the demo's own 33 offers, 99 creatives and 5 channels. */
  catalog?: Partial<DemoCatalogSize>;
  onProgress?: (done: number, total: number) => void;
  /** Told when a long step without row progress starts (index rebuild, summary). */
  onPhase?: (phase: string) => void;
}

export interface SeedResult {
  customers: number;
  interactions: number;
  offers: number;
  creatives: number;
  channels: number;
  /** Whole run, and the interactions alone (load, index rebuild and summary). */
  seconds: number;
  interactionSeconds: number;
}

const SCHEMA_TABLES: [name: string, fields: { name: string; type: string }[]][] = [
  [
    'customers',
    [
      { name: 'email', type: 'string' },
      { name: 'tier', type: 'string' },
      { name: 'lifetime_value', type: 'number' },
      { name: 'tenure_months', type: 'number' },
    ],
  ],
  [
    'preferences',
    [
      { name: 'preferred_channel', type: 'string' },
      { name: 'marketing_opt_in', type: 'boolean' },
      { name: 'last_login', type: 'timestamp' },
    ],
  ],
];

const METRICS: [name: string, description: string][] = [
  ['purchase_frequency_30d', 'Purchases in the last 30 days'],
  ['engagement_score', 'Engagement score, 0–100'],
  ['churn_risk', 'Modelled probability of leaving within 90 days, 0–1'],
];

const SEGMENTS: [id: string, name: string, rule: object][] = [
  ['high_value', 'High value', { all: [{ field: 'attributes.lifetime_value', op: 'gte', value: 10000 }] }],
  ['active_buyer', 'Active buyer', { all: [{ field: 'metrics.purchase_frequency_30d', op: 'gte', value: 3 }] }],
  [
    'churn_watch',
    'Churn watch',
    {
      any: [
        { field: 'metrics.churn_risk', op: 'gt', value: 0.7 },
        { field: 'attributes.tenure_months', op: 'lt', value: 6 },
      ],
    },
  ],
  ['premium_tier', 'Gold or platinum', { all: [{ field: 'attributes.tier', op: 'in', value: ['gold', 'platinum'] }] }],
];

const EXPERIMENT = { id: 'exp_hero_layout', name: 'Hero layout test', variants: ['control', 'variant_a', 'variant_b'] };

/** SQL for demoCustomerId(n): `CUST001` … `CUST1000` (lpad alone would truncate 1000 to 100). */
function customerIdSql(n: string): string {
  return `'CUST' || lpad((${n})::text, greatest(3, length((${n})::text)), '0')`;
}

/** Interactions are spread over this many days before now. */
const SEED_DAYS = 90;

/** ISO 8601 UTC with milliseconds, as the API writes timestamps. */
const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * Fills a database with a believable demo: the catalog, customers `CUST001…` with
 * attributes in two schema tables, metrics, an experiment, segments, and interactions
 * over 90 days with a funnel (70% impressions, 15% clicks, 10% dismisses, 5% converts)
 * and a skew (a few heavy customers, a long tail). Rows are generated inside PostgreSQL
 * (generate_series), chunk by chunk, and the per-customer summary is kept exact as it goes.
 * Re-running adds more interactions (new ids) and refreshes everything else.
 */
export class DemoSeeder {
  constructor(private readonly db: DataSource) {}

  async seed(options: SeedOptions): Promise<SeedResult> {
    const started = process.hrtime.bigint();
    const catalog = demoCatalog(options.catalog);
    await this.db.transaction(async (tx) => {
      // Seeding is long on purpose: no statement timeout (the app's connections carry one).
      await tx.query(LIFT_STATEMENT_TIMEOUT_FOR_TRANSACTION);
      // Same pseudo-random attributes on every run.
      await tx.query(`SELECT setseed(0.42)`);
      await this.seedCatalog(tx, catalog);
      await this.seedDefinitions(tx);
      await this.seedCustomers(tx, options.customers, catalog);
    });
    const interactionsStarted = process.hrtime.bigint();
    await this.seedInteractions(options, catalog.creatives);
    const done = process.hrtime.bigint();
    return {
      customers: options.customers,
      interactions: options.interactions,
      offers: catalog.offers.length,
      creatives: catalog.creatives.length,
      channels: catalog.channels.length,
      seconds: Number(done - started) / 1e9,
      interactionSeconds: Number(done - interactionsStarted) / 1e9,
    };
  }

  private async seedCatalog(tx: EntityManager, { channels, offers, creatives }: DemoCatalog): Promise<void> {
    await tx.query(
      `INSERT INTO channel (id, name) SELECT * FROM unnest($1::text[], $2::text[])
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, updated_at = now()`,
      [channels.map(([id]) => id), channels.map(([, name]) => name)],
    );
    await tx.query(
      `INSERT INTO offer (id, name, issue, group_name, status, priority)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::offer_status[], $6::int[])
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, issue = EXCLUDED.issue, group_name = EXCLUDED.group_name,
         status = EXCLUDED.status, priority = EXCLUDED.priority, updated_at = now()`,
      [
        offers.map((o) => o.id),
        offers.map((o) => o.name),
        offers.map((o) => o.issue),
        offers.map((o) => o.group),
        offers.map((o) => o.status),
        offers.map((o) => o.priority),
      ],
    );
    await tx.query(
      `INSERT INTO creative (id, name, offer_id, channel_id)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, offer_id = EXCLUDED.offer_id,
         channel_id = EXCLUDED.channel_id, updated_at = now()`,
      [
        creatives.map((c) => c.id),
        creatives.map((c) => c.name),
        creatives.map((c) => c.offerId),
        creatives.map((c) => c.channelId),
      ],
    );
  }

  private async seedDefinitions(tx: EntityManager): Promise<void> {
    for (const [name, fields] of SCHEMA_TABLES) {
      await tx.query(`INSERT INTO schema_table (name, fields) VALUES ($1, $2::jsonb) ON CONFLICT (name) DO NOTHING`, [
        name,
        JSON.stringify(fields),
      ]);
    }
    await tx.query(
      `INSERT INTO metric (name, description) SELECT * FROM unnest($1::text[], $2::text[])
       ON CONFLICT (name) DO UPDATE SET description = EXCLUDED.description, updated_at = now()`,
      [METRICS.map(([name]) => name), METRICS.map(([, description]) => description)],
    );
    await tx.query(
      `INSERT INTO experiment (id, name, variants) VALUES ($1, $2, $3::text[])
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, variants = EXCLUDED.variants, updated_at = now()`,
      [EXPERIMENT.id, EXPERIMENT.name, EXPERIMENT.variants],
    );
    await tx.query(
      `INSERT INTO segment (id, name, rule) SELECT id, name, rule::jsonb FROM unnest($1::text[], $2::text[], $3::text[]) AS s(id, name, rule)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, rule = EXCLUDED.rule, updated_at = now()`,
      [
        SEGMENTS.map(([id]) => id),
        SEGMENTS.map(([, name]) => name),
        SEGMENTS.map(([, , rule]) => JSON.stringify(rule)),
      ],
    );
  }

  private async seedCustomers(tx: EntityManager, customers: number, catalog: DemoCatalog): Promise<void> {
    const customerId = customerIdSql('i');
    await tx.query(
      `INSERT INTO schema_record (customer_id, table_name, data)
       SELECT ${customerId}, 'customers', jsonb_build_object(
         'email', 'customer' || i || '@example.com',
         'tier', CASE WHEN r1 < 0.5 THEN 'bronze' WHEN r1 < 0.8 THEN 'silver' WHEN r1 < 0.95 THEN 'gold' ELSE 'platinum' END,
         'lifetime_value', round((power(r2, 3) * 40000)::numeric, 2),
         'tenure_months', floor(r3 * 120)::int)
       FROM (SELECT i, random() AS r1, random() AS r2, random() AS r3 FROM generate_series(1, $1) AS i) AS g
       ON CONFLICT (customer_id, table_name) DO UPDATE SET data = EXCLUDED.data, updated_at = now()`,
      [customers],
    );
    await tx.query(
      `INSERT INTO schema_record (customer_id, table_name, data)
       SELECT ${customerId}, 'preferences', jsonb_build_object(
         'preferred_channel', ($2::text[])[1 + floor(r1 * array_length($2::text[], 1))::int],
         'marketing_opt_in', r2 < 0.7,
         'last_login', to_char((now() - r3 * interval '30 days') AT TIME ZONE 'UTC', ${ISO}))
       FROM (SELECT i, random() AS r1, random() AS r2, random() AS r3 FROM generate_series(1, $1) AS i) AS g
       ON CONFLICT (customer_id, table_name) DO UPDATE SET data = EXCLUDED.data, updated_at = now()`,
      [customers, catalog.channels.map(([, name]) => name)],
    );
    await tx.query(
      `INSERT INTO metric_value (customer_id, metric_name, value)
       SELECT ${customerId}, m.name, CASE m.name
           WHEN 'purchase_frequency_30d' THEN floor(power(random(), 2) * 10)
           WHEN 'engagement_score' THEN round((random() * 100)::numeric, 1)
           ELSE round(random()::numeric, 3) END
       FROM generate_series(1, $1) AS i
       CROSS JOIN unnest($2::text[]) AS m(name)
       ON CONFLICT (customer_id, metric_name) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
      [customers, METRICS.map(([name]) => name)],
    );
    await tx.query(
      `INSERT INTO experiment_assignment (customer_id, experiment_id, variant, assigned_at)
       SELECT ${customerId}, $2, ($3::text[])[1 + i % array_length($3::text[], 1)], now() - random() * interval '60 days'
       FROM generate_series(1, $1) AS i
       ON CONFLICT (customer_id, experiment_id) DO NOTHING`,
      [customers, EXPERIMENT.id, EXPERIMENT.variants],
    );
  }

  /**
   * One transaction: either all the interactions land, with the per-customer summary and
   * totals matching them, or none. It holds the write fence like ingest, so a summary refresh
   * running meanwhile takes no watermark past the uncommitted rows. When the load is at least as large as the table, the table's indexes and keys are
   * dropped first and rebuilt after (a sorted build is several times faster than updating
   * five b-trees row by row): the table is locked for the duration, so seed offline.
   */
  private async seedInteractions(options: SeedOptions, creatives: DemoCreative[]): Promise<void> {
    if (options.interactions === 0) return;
    // The months the rows fall in get their partitions first (not the default partition).
    const partitions = new PartitionsRepository(this.db);
    const now = new Date();
    for (
      let month = monthOf(new Date(now.getTime() - SEED_DAYS * 86_400_000));
      month <= now;
      month = addMonths(month, 1)
    ) {
      await partitions.createMonth('interaction_history', month);
    }
    await this.db.transaction(async (tx) => {
      await tx.query(LIFT_STATEMENT_TIMEOUT_FOR_TRANSACTION);
      await holdWriteFence(tx);
      const [{ rows }] = await tx.query<{ rows: number }[]>(
        // interaction_history is partitioned by month: its partitions' estimates, summed.
        `SELECT coalesce(sum(greatest(c.reltuples, 0)), 0)::bigint AS rows
         FROM pg_partition_tree('interaction_history') t JOIN pg_class c ON c.oid = t.relid WHERE t.isleaf`,
      );
      let idPrefix = '';
      const insert = async () => {
        idPrefix = await this.insertInteractions(tx, options, creatives);
      };
      const bulk = options.bulk ?? 'auto';
      if (bulk === 'always' || (bulk === 'auto' && options.interactions >= Math.max(100_000, Number(rows)))) {
        await withoutIndexes(tx, 'interaction_history', insert, () => options.onPhase?.('rebuilding indexes'));
      } else {
        await insert();
      }
      options.onPhase?.('summarising per customer');
      await this.summarise(tx, idPrefix);
    });
  }

  private async insertInteractions(
    tx: EntityManager,
    options: SeedOptions,
    creatives: DemoCreative[],
  ): Promise<string> {
    const chunkSize = options.chunkSize ?? 250_000;
    const idPrefix = `ih_seed_${Date.now().toString(36)}_`;
    for (let from = 1; from <= options.interactions; from += chunkSize) {
      const to = Math.min(options.interactions, from + chunkSize - 1);
      // r1 picks the customer (cubed: a few heavy customers, a long tail), r2 the creative,
      // r3 the interaction type (the funnel), r4 the time within the last SEED_DAYS days.
      await tx.query(
        `INSERT INTO interaction_history (customer_id, id, offer_id, creative_id, interaction_type, occurred_at)
         SELECT ${customerIdSql('(1 + floor(power(r1, 3) * $3))::int')},
                $4 || g,
                ($5::text[])[1 + floor(r2 * array_length($5::text[], 1))::int],
                ($6::text[])[1 + floor(r2 * array_length($6::text[], 1))::int],
                (CASE WHEN r3 < 0.70 THEN 'impression' WHEN r3 < 0.85 THEN 'click'
                      WHEN r3 < 0.95 THEN 'dismiss' ELSE 'convert' END)::interaction_type,
                now() - r4 * $7::int * interval '1 day'
         FROM (SELECT g, random() AS r1, random() AS r2, random() AS r3, random() AS r4
               FROM generate_series($1::bigint, $2::bigint) AS g) AS generated`,
        [from, to, options.customers, idPrefix, creatives.map((c) => c.offerId), creatives.map((c) => c.id), SEED_DAYS],
      );
      options.onProgress?.(to, options.interactions);
    }
    return idPrefix;
  }

  /**
   * Adds the rows of one seed run (recognised by their id prefix) to the per-customer summary
   * and totals: one statement, so the table is scanned for them once.
   */
  private async summarise(tx: EntityManager, idPrefix: string): Promise<void> {
    await tx.query(
      `WITH seeded AS MATERIALIZED (
         SELECT customer_id, offer_id, interaction_type, occurred_at FROM interaction_history WHERE starts_with(id, $1)
       ),
       summary AS (${addToCustomerSummarySql('seeded')}),
       totals AS (${addToCustomerTotalSql('seeded')})
       SELECT 1`,
      [idPrefix],
    );
  }
}

/**
 * Runs `load` with `table`'s primary key, foreign keys and indexes dropped, then recreates
 * them exactly as they were (definitions read from the catalog, so nothing here can drift
 * from the migrations). Must run inside a transaction.
 */
async function withoutIndexes(
  tx: EntityManager,
  table: string,
  load: () => Promise<void>,
  beforeRebuild: () => void,
): Promise<void> {
  const constraints = await tx.query<{ name: string; definition: string; type: string }[]>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS definition, contype AS type
     FROM pg_constraint WHERE conrelid = $1::regclass AND contype IN ('p', 'f') ORDER BY contype DESC`,
    [table],
  );
  const indexes = await tx.query<{ name: string; definition: string }[]>(
    `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
     WHERE x.indrelid = $1::regclass
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid AND c.conrelid = x.indrelid)`,
    [table],
  );
  for (const c of constraints) await tx.query(`ALTER TABLE ${table} DROP CONSTRAINT ${c.name}`);
  for (const i of indexes) await tx.query(`DROP INDEX ${i.name}`);
  await load();
  beforeRebuild();
  await tx.query(`SET LOCAL maintenance_work_mem = '1GB'`);
  // Primary key first ('p' sorts after 'f' in the DESC order above), then indexes, then foreign keys.
  for (const c of constraints) {
    if (c.type === 'p') await tx.query(`ALTER TABLE ${table} ADD CONSTRAINT ${c.name} ${c.definition}`);
  }
  // A partitioned table's index reads "ON ONLY table": rebuilt on its partitions too.
  for (const i of indexes) await tx.query(i.definition.replace(' ON ONLY ', ' ON '));
  for (const c of constraints) {
    if (c.type === 'f') await tx.query(`ALTER TABLE ${table} ADD CONSTRAINT ${c.name} ${c.definition}`);
  }
}
