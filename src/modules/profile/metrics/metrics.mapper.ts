import type { Metric } from '../metric.entity.js';
import type { CustomerMetricsResponse, MetricResponse } from './dto/metric.response.js';
import type { MetricEntry } from './metric-values.js';

export function toMetricResponse(metric: Metric): MetricResponse {
  return {
    name: metric.name,
    description: metric.description,
    createdAt: metric.createdAt.toISOString(),
    updatedAt: metric.updatedAt.toISOString(),
  };
}

export function toCustomerMetricsResponse(customerId: string, entries: MetricEntry[]): CustomerMetricsResponse {
  return { customerId, values: Object.fromEntries(entries.map((entry) => [entry.name, entry.value])) };
}
