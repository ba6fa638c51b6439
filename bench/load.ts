import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source.options.js';
import { migrate } from '../src/database/migration-runner.js';
import type { DemoCatalogSize } from '../src/database/seed/demo-catalog.js';
import { DemoSeeder } from '../src/database/seed/demo-seeder.js';

export interface CustomerRows {
  customerId: string;
  rows: number;
}

/** What was loaded, and the customers the scenarios need. */
export interface DataShape {
  interactions: number;
  customers: number;
  offers: number;
  creatives: number;
  channels: number;
  customersWithInteractions: number;
  medianRows: number;
  p99Rows: number;
  heaviest: CustomerRows;
  /** A customer with the median number of rows: the parameters of the EXPLAINs. */
  typical: CustomerRows;
  /** Distinct customers for the erase scenario: 80–120 rows each, else the nearest to 100. */
  toErase: CustomerRows[];
  tableBytes: number;
  indexBytes: number;
  seedSeconds: number;
  vacuumSeconds: number;
  /** Loaded by an earlier run and kept (--reuse): seedSeconds and vacuumSeconds are 0. */
  reused: boolean;
}

export interface LoadOptions {
  interactions: number;
  customers: number;
  catalog: DemoCatalogSize;
  erasures: number;
  /** Keep what an earlier run loaded when it holds at least `interactions` rows: migrate only. */
  reuse?: boolean;
  log: (line: string) => void;
}

/**
 * Migrates the (fresh) database, seeds the demo data set at the given size (the seeder's
 * bulk mode drops and rebuilds the indexes around a large load), then VACUUM ANALYZE and a
 * checkpoint, so the runs start from a settled database.
 */
export async function loadData(url: string, options: LoadOptions): Promise<DataShape> {
  const dataSource = new DataSource(dataSourceOptions({ url, poolSize: 2, applicationName: 'bench-load' }));
  await dataSource.initialize();
  try {
    await migrate(dataSource);
    const count = (n: number) => n.toLocaleString('en');
    const [{ rows }] = await dataSource.query<{ rows: string }[]>(`SELECT count(*) AS rows FROM interaction_history`);
    const reused = options.reuse === true && Number(rows) >= options.interactions;
    if (reused) options.log(`reusing the ${count(Number(rows))} interactions an earlier run loaded`);
    const timings = reused ? { seedSeconds: 0, vacuumSeconds: 0 } : await seed(dataSource, options);
    return { ...(await shapeOf(dataSource, options)), ...timings, reused };
  } finally {
    await dataSource.destroy();
  }
}

/** Seeds the demo data set at the given size, then VACUUM ANALYZE and a checkpoint. */
async function seed(
  dataSource: DataSource,
  options: LoadOptions,
): Promise<{ seedSeconds: number; vacuumSeconds: number }> {
  const count = (n: number) => n.toLocaleString('en');
  options.log(
    `loading ${count(options.interactions)} interactions over ${count(options.customers)} customers, ` +
      `${options.catalog.offers} offers, ${options.catalog.creatives} creatives, ${options.catalog.channels} channels`,
  );
  let lastReport = 0;
  const seeded = await new DemoSeeder(dataSource).seed({
    customers: options.customers,
    interactions: options.interactions,
    catalog: options.catalog,
    onProgress: (done, total) => {
      if (done === total || Date.now() - lastReport > 5_000) {
        lastReport = Date.now();
        options.log(`  interactions: ${count(done)} / ${count(total)}`);
      }
    },
    onPhase: (phase) => options.log(`  ${phase}`),
  });
  options.log(`  seeded in ${seeded.seconds.toFixed(1)} s; VACUUM ANALYZE`);
  const vacuumStarted = performance.now();
  await dataSource.query('VACUUM ANALYZE');
  // Not every server lets every role checkpoint; the load is settled either way.
  await dataSource.query('CHECKPOINT').catch(() => undefined);
  const vacuumSeconds = (performance.now() - vacuumStarted) / 1000;
  options.log(`  vacuumed in ${vacuumSeconds.toFixed(1)} s`);
  return { seedSeconds: seeded.seconds, vacuumSeconds };
}

/** The data's shape, and the customers the scenarios need. */
async function shapeOf(
  dataSource: DataSource,
  options: LoadOptions,
): Promise<Omit<DataShape, 'reused' | 'seedSeconds' | 'vacuumSeconds'>> {
  options.log("reading the data's shape");
  const [shape] = await dataSource.query<
    {
      customersWithInteractions: number;
      medianRows: number;
      p99Rows: number;
      heaviest: CustomerRows;
      typical: CustomerRows;
      toErase: CustomerRows[] | null;
      tableBytes: string;
      indexBytes: string;
      offers: number;
      creatives: number;
      channels: number;
    }[]
  >(
    `WITH per_customer AS (
       SELECT customer_id, count(*)::int AS rows FROM interaction_history GROUP BY customer_id
     ),
     stats AS (
       SELECT count(*)::int AS customers,
              percentile_disc(0.5) WITHIN GROUP (ORDER BY rows) AS median,
              percentile_disc(0.99) WITHIN GROUP (ORDER BY rows) AS p99
       FROM per_customer
     )
     SELECT s.customers AS "customersWithInteractions", s.median AS "medianRows", s.p99 AS "p99Rows",
            (SELECT json_build_object('customerId', customer_id, 'rows', rows)
               FROM per_customer ORDER BY rows DESC, customer_id LIMIT 1) AS heaviest,
            (SELECT json_build_object('customerId', customer_id, 'rows', rows)
               FROM per_customer WHERE rows = s.median ORDER BY customer_id LIMIT 1) AS typical,
            (SELECT json_agg(json_build_object('customerId', customer_id, 'rows', rows))
               FROM (SELECT customer_id, rows FROM per_customer
                     ORDER BY rows BETWEEN 80 AND 120 DESC,
                              CASE WHEN rows BETWEEN 80 AND 120 THEN random() ELSE abs(rows - 100) END,
                              customer_id
                     LIMIT $1) AS picked) AS "toErase",
            -- partitioned by month: the sizes of its partitions, summed
            (SELECT sum(pg_table_size(relid)) FROM pg_partition_tree('interaction_history')) AS "tableBytes",
            (SELECT sum(pg_indexes_size(relid)) FROM pg_partition_tree('interaction_history')) AS "indexBytes",
            (SELECT count(*)::int FROM offer) AS offers,
            (SELECT count(*)::int FROM creative) AS creatives,
            (SELECT count(*)::int FROM channel) AS channels
     FROM stats s`,
    [options.erasures],
  );
  return {
    interactions: options.interactions,
    customers: options.customers,
    offers: shape.offers,
    creatives: shape.creatives,
    channels: shape.channels,
    customersWithInteractions: shape.customersWithInteractions,
    medianRows: shape.medianRows,
    p99Rows: shape.p99Rows,
    heaviest: shape.heaviest,
    typical: shape.typical,
    toErase: shape.toErase ?? [],
    tableBytes: Number(shape.tableBytes),
    indexBytes: Number(shape.indexBytes),
  };
}
