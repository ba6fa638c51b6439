import type { Logger } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DemoSeeder } from './demo-seeder.js';

export const FIRST_START_DEMO = { customers: 1_000, interactions: 50_000 };

/**
 * A newcomer's first `npm start` (embedded database, nothing in it yet) gets demo data,
 * so Swagger UI answers with real profiles at once. Never runs against DATABASE_URL.
 */
export async function seedDemoDataOnFirstStart(app: INestApplication, logger: Logger): Promise<void> {
  const db = app.get(DataSource);
  const [{ empty }] = await db.query<{ empty: boolean }[]>(
    `SELECT NOT EXISTS (SELECT 1 FROM offer) AND NOT EXISTS (SELECT 1 FROM interaction_history) AS empty`,
  );
  if (!empty) return;
  const result = await new DemoSeeder(db).seed(FIRST_START_DEMO);
  logger.log(
    `Fresh embedded database: seeded demo data (${result.customers} customers CUST001…, ` +
      `${result.interactions} interactions, ${result.offers} offers) in ${result.seconds.toFixed(1)} s. ` +
      'Set SEED_DEMO=false to start empty.',
  );
}
