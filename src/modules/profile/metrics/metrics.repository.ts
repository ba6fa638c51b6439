import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { lockCustomers } from '../../../database/customer-lock.js';
import type { Metric } from '../metric.entity.js';
import type { Upserted } from '../shared/upserted.js';
import type { MetricEntry } from './metric-values.js';

const METRIC_COLUMNS = `name, description, created_at AS "createdAt", updated_at AS "updatedAt"`;

function valuesOf(db: EntityManager | DataSource, customerId: string): Promise<MetricEntry[]> {
  return db.query(`SELECT metric_name AS name, value FROM metric_value WHERE customer_id = $1 ORDER BY metric_name`, [
    customerId,
  ]);
}

/** Metric values' SQL that must run inside one transaction. */
export class MetricValuesTransaction {
  constructor(private readonly manager: EntityManager) {}

  /** Serialises this write with an erasure of the same customer. */
  lockCustomer(customerId: string): Promise<void> {
    return lockCustomers(this.manager, [customerId]);
  }

  /** Which of `names` are not defined metrics. */
  async unknownMetrics(names: string[]): Promise<string[]> {
    const rows = await this.manager.query<{ name: string }[]>(
      `SELECT n.name FROM unnest($1::text[]) WITH ORDINALITY AS n(name, position)
       WHERE NOT EXISTS (SELECT 1 FROM metric m WHERE m.name = n.name)
       ORDER BY n.position`,
      [names],
    );
    return rows.map((row) => row.name);
  }

  /** Sets the given values, leaving the customer's other metrics as they are: one statement. */
  async upsertValues(customerId: string, entries: MetricEntry[]): Promise<void> {
    await this.manager.query(
      `INSERT INTO metric_value (customer_id, metric_name, value)
       SELECT $1, v.name, v.value FROM unnest($2::text[], $3::float8[]) AS v(name, value)
       ON CONFLICT (customer_id, metric_name) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
      [customerId, entries.map((e) => e.name), entries.map((e) => e.value)],
    );
  }

  values(customerId: string): Promise<MetricEntry[]> {
    return valuesOf(this.manager, customerId);
  }
}

/** The only place metrics' SQL lives. */
@Injectable()
export class MetricsRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (tx: MetricValuesTransaction) => Promise<T>): Promise<T> {
    return this.db.transaction((manager) => work(new MetricValuesTransaction(manager)));
  }

  async upsertMetric(metric: Pick<Metric, 'name' | 'description'>): Promise<Upserted<Metric>> {
    const [row] = await this.db.query<(Metric & { created: boolean })[]>(
      `INSERT INTO metric (name, description) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET description = EXCLUDED.description, updated_at = now()
       RETURNING ${METRIC_COLUMNS}, (xmax = 0) AS created`,
      [metric.name, metric.description],
    );
    const { created, ...rest } = row;
    return { row: rest, created };
  }

  listMetrics(after: string | undefined, limit: number): Promise<Metric[]> {
    return this.db.query(
      `SELECT ${METRIC_COLUMNS} FROM metric WHERE ($1::text IS NULL OR name > $1) ORDER BY name LIMIT $2`,
      [after ?? null, limit],
    );
  }

  /** The customer's value of every metric they have, by metric name. */
  values(customerId: string): Promise<MetricEntry[]> {
    return valuesOf(this.db, customerId);
  }
}
