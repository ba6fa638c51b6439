import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config/app-config.js';
import { dataSourceOptions } from '../database/data-source.options.js';
import { resolveDatabase } from '../database/database-url.js';
import { migrate } from '../database/migration-runner.js';
import { DemoSeeder } from '../database/seed/demo-seeder.js';

const USAGE = 'Usage: npm run seed -- [--customers N] [--interactions M]   (DATABASE_URL, or the embedded server)';

function positive(name: string, raw: string): number {
  const value = Number(raw.replaceAll('_', ''));
  if (!Number.isSafeInteger(value) || value < 0)
    throw new ConfigError(`--${name}`, `must be a whole number (got "${raw}")`);
  return value;
}

/** `npm run seed`: fills DATABASE_URL's database (or the embedded one) with demo data. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string', default: '1000' },
      interactions: { type: 'string', default: '50000' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const customers = Math.max(1, positive('customers', values.customers));
  const interactions = positive('interactions', values.interactions);
  const config = loadConfig();
  const database = await resolveDatabase(config, () => undefined);
  const dataSource = new DataSource(dataSourceOptions({ url: database.url, poolSize: 2, applicationName: 'seed' }));
  try {
    await dataSource.initialize();
    await migrate(dataSource);
    let lastReport = 0;
    const result = await new DemoSeeder(dataSource).seed({
      customers,
      interactions,
      onProgress: (done, total) => {
        if (done === total || Date.now() - lastReport > 2_000) {
          lastReport = Date.now();
          process.stdout.write(`  interactions: ${done.toLocaleString('en')} / ${total.toLocaleString('en')}\n`);
        }
      },
    });
    const rate = result.interactions / Math.max(result.interactionSeconds, 1e-9);
    console.log(
      `Seeded ${result.customers} customers, ${result.offers} offers, ${result.creatives} creatives on ` +
        `${result.channels} channels and ${result.interactions} interactions in ${result.seconds.toFixed(1)} s; ` +
        `interactions alone: ${result.interactionSeconds.toFixed(1)} s (${Math.round(rate).toLocaleString('en')}/s).`,
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error));
  process.exit(1);
});
