import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../common/errors/domain-error.js';
import { KeysetPages, type Page } from '../../../common/http/page.js';
import type { Metric } from '../metric.entity.js';
import { RESERVED_KEYS } from '../shared/names.js';
import type { Upserted } from '../shared/upserted.js';
import { checkMetricValues, type MetricEntry } from './metric-values.js';
import { MetricsRepository } from './metrics.repository.js';

@Injectable()
export class MetricsService {
  constructor(
    private readonly metrics: MetricsRepository,
    private readonly pages: KeysetPages,
  ) {}

  putMetric(metric: Pick<Metric, 'name' | 'description'>): Promise<Upserted<Metric>> {
    if (RESERVED_KEYS.has(metric.name)) {
      throw new DomainError('invalid_input', `${metric.name} is a reserved name`, [
        { field: 'name', message: `${metric.name} is a reserved name: a JSON body could not carry its values` },
      ]);
    }
    return this.metrics.upsertMetric(metric);
  }

  async listMetrics(cursor: string | undefined, limit: number): Promise<Page<Metric>> {
    const rows = await this.metrics.listMetrics(await this.pages.after('metrics', cursor), limit + 1);
    return this.pages.page('metrics', rows, limit, (metric) => metric.name);
  }

  /**
   * Sets the given metric values of one customer; metrics left out keep their values.
   * Every metric must be defined (422 otherwise, and nothing is written). Returns all the
   * customer's values after the write.
   */
  putValues(customerId: string, values: unknown): Promise<MetricEntry[]> {
    const check = checkMetricValues(values);
    if (!check.ok) throw new DomainError('invalid_input', check.errors.map((e) => e.message).join('; '), check.errors);
    return this.metrics.transaction(async (tx) => {
      await tx.lockCustomer(customerId);
      const unknown = await tx.unknownMetrics(check.entries.map((entry) => entry.name));
      if (unknown.length > 0) {
        const errors = unknown.map((name) => ({ field: `values.${name}`, message: `metric ${name} does not exist` }));
        throw new DomainError('unprocessable', errors.map((e) => e.message).join('; '), errors);
      }
      await tx.upsertValues(customerId, check.entries);
      return tx.values(customerId);
    });
  }

  /** All of the customer's metric values; none is an empty list, not an error. */
  values(customerId: string): Promise<MetricEntry[]> {
    return this.metrics.values(customerId);
  }
}
