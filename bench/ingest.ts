import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source.options.js';
import { migrate } from '../src/database/migration-runner.js';
import { demoCreatives, demoCustomerId, demoOffers } from '../src/database/seed/demo-catalog.js';
import { DemoSeeder } from '../src/database/seed/demo-seeder.js';
import { signToken } from '../src/modules/auth/token-signer.js';
import { benchDatabase, markdownTable, startApi } from './support.js';

/**
 * `npm run bench:ingest`: interactions per second through POST /api/v1/interactions in
 * 1000-item batches, on a database that already holds `--base` rows (default 1M).
 */
const { values } = parseArgs({
  options: {
    base: { type: 'string', default: '1000000' },
    customers: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '1,2,4' },
    batch: { type: 'string', default: '1000' },
    out: { type: 'string' },
  },
});
const base = Number(values.base);
const customers = Number(values.customers);
const seconds = Number(values.seconds);
const batchSize = Number(values.batch);
const connectionCounts = values.connections.split(',').map(Number);
const secret = 'bench-secret-that-is-at-least-32-bytes-long';

function batches(count: number): string[] {
  const creatives = demoCreatives(demoOffers());
  const bodies: string[] = [];
  for (let b = 0; b < count; b++) {
    const interactions = Array.from({ length: batchSize }, (_, i) => {
      const creative = creatives[(b * 7919 + i * 104729) % creatives.length];
      const r = ((b * batchSize + i) * 2654435761) % 1000;
      return {
        customerId: demoCustomerId(1 + Math.floor((r / 1000) ** 3 * customers)),
        offerId: creative.offerId,
        creativeId: creative.id,
        interactionType: r < 700 ? 'impression' : r < 850 ? 'click' : r < 950 ? 'dismiss' : 'convert',
      };
    });
    bodies.push(JSON.stringify({ interactions }));
  }
  return bodies;
}

async function main(): Promise<void> {
  const database = await benchDatabase('bench_ingest');
  const dataSource = new DataSource(dataSourceOptions({ url: database.url, poolSize: 2 }));
  await dataSource.initialize();
  await migrate(dataSource);
  console.log(`Seeding ${base.toLocaleString('en')} interactions over ${customers.toLocaleString('en')} customers…`);
  const seeded = await new DemoSeeder(dataSource).seed({ customers, interactions: base });
  console.log(`  seeded in ${seeded.seconds.toFixed(1)} s`);
  await dataSource.query('VACUUM ANALYZE');
  await dataSource.destroy();

  const api = await startApi({ DATABASE_URL: database.url, JWT_SECRET: secret });
  const token = signToken(secret, { subject: 'bench', roles: ['editor'], expiresInSeconds: 3600 });
  const bodies = batches(64);
  const rows: (string | number)[][] = [];
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const count = async () =>
    Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM interaction_history')).rows[0].n);
  try {
    for (const connections of connectionCounts) {
      const before = await count();
      let next = 0;
      const result = await autocannon({
        url: `${api.baseUrl}/api/v1/interactions`,
        connections,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
          },
        ],
      });
      const stored = (await count()) - before;
      const ok = result['2xx'];
      rows.push([
        connections,
        ok,
        result.non2xx + result.errors + result.timeouts,
        Math.round(stored / result.duration).toLocaleString('en'),
        result.latency.p50,
        result.latency.p99,
        // Requests still in flight when the run ends are stored but not counted as answered.
        stored >= ok * batchSize && stored <= (ok + connections) * batchSize
          ? 'yes'
          : `NO (${stored} stored, ${ok * batchSize} acknowledged)`,
      ]);
      console.log(`  ${connections} connection(s): ${Math.round(stored / result.duration)} interactions/s`);
    }
  } finally {
    await client.end();
    await api.stop();
    await database.close();
  }
  const table = markdownTable(
    [
      'connections',
      'batches ok',
      'errors',
      'interactions/s',
      'p50 ms / batch',
      'p99 ms / batch',
      'nothing lost or doubled',
    ],
    rows,
  );
  const report = [
    `# Ingest benchmark, ${new Date().toISOString().slice(0, 10)}`,
    '',
    `POST /api/v1/interactions, ${batchSize} interactions per batch, ${seconds} s per run, on a database ` +
      `already holding ${base.toLocaleString('en')} interactions (${customers.toLocaleString('en')} customers). ` +
      `API (NODE_ENV=production) and PostgreSQL (${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded 17'}) and ` +
      `autocannon on one machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB.`,
    '',
    table,
    '',
  ].join('\n');
  console.log('\n' + table);
  const out = values.out ?? `bench/results/ingest-${new Date().toISOString().slice(0, 10)}.md`;
  await writeFile(out, report);
  console.log(`\nWritten to ${out}`);
}

await main();
