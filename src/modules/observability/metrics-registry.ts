import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * The Prometheus registry of this app instance (not prom-client's global one: the e2e
 * tests run several apps in one process). Process metrics (CPU, memory, event loop lag,
 * GC) are collected with prom-client's defaults; the others register themselves here.
 */
@Injectable()
export class MetricsRegistry {
  readonly registry = new Registry();

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** The text exposition format, version 0.0.4. */
  static readonly contentType = Registry.PROMETHEUS_CONTENT_TYPE;

  render(): Promise<string> {
    return this.registry.metrics();
  }
}
