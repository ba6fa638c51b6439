import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ExternalContextCreator } from '@nestjs/core/helpers/external-context-creator.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Auth } from '../../common/auth/auth.decorators.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { MetricsRegistry } from './metrics-registry.js';

export const METRICS_PATH = '/metrics';

/**
 * GET /metrics on the API port, for admins (when METRICS_PORT is unset).
 *
 * Not a controller: the API's metric definitions controller is `metrics` too, and Nest
 * exempts routes from the global prefix by path, so exempting this one would move
 * `GET /api/v1/metrics` as well. It is a Fastify route whose handler Nest wraps with the
 * app's global guards (so `@Auth('admin')` below applies as on any route) and its
 * problem+json filter. Operational, so not in the OpenAPI document.
 */
@Injectable()
export class MetricsRoute implements OnModuleInit {
  constructor(
    private readonly metrics: MetricsRegistry,
    private readonly adapterHost: HttpAdapterHost,
    private readonly contexts: ExternalContextCreator,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Auth('admin')
  render(): Promise<string> {
    return this.metrics.render();
  }

  onModuleInit(): void {
    if (this.config.metricsPort !== undefined) return;
    // The method itself (not bound): the guards read its @Auth metadata; Nest calls it on `this`.
    const guarded = this.contexts.create(
      this,
      // eslint-disable-next-line @typescript-eslint/unbound-method
      this.render,
      'render',
      undefined,
      undefined,
      undefined,
      undefined,
      { guards: true, interceptors: false, filters: true },
      'http',
    ) as (request: FastifyRequest, reply: FastifyReply) => Promise<string | undefined>;
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.get(METRICS_PATH, async (request, reply) => {
      const body = await guarded(request, reply);
      // Refused: the problem filter has answered.
      if (reply.sent) return reply;
      return reply.header('content-type', MetricsRegistry.contentType).header('cache-control', 'no-store').send(body);
    });
  }
}
