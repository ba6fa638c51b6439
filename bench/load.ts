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
}

export interface LoadOptions {
  interactions: number;
  customers: number;
  catalog: DemoCatalogSize;
  erasures: number;
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
    options.log(`  vacuumed in ${vacuumSeconds.toFixed(1)} s; reading the data's shape`);

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
              pg_table_size('interaction_history') AS "tableBytes",
              pg_indexes_size('interaction_history') AS "indexBytes"
       FROM stats s`,
      [options.erasures],
    );
    return {
      interactions: options.interactions,
      customers: options.customers,
      offers: seeded.offers,
      creatives: seeded.creatives,
      channels: seeded.channels,
      customersWithInteractions: shape.customersWithInteractions,
      medianRows: shape.medianRows,
      p99Rows: shape.p99Rows,
      heaviest: shape.heaviest,
      typical: shape.typical,
      toErase: shape.toErase ?? [],
      tableBytes: Number(shape.tableBytes),
      indexBytes: Number(shape.indexBytes),
      seedSeconds: seeded.seconds,
      vacuumSeconds,
    };
  } finally {
    await dataSource.destroy();
  }
}
