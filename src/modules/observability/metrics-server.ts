import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE, problemTypeForStatus } from '../../common/errors/problem-types.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { MetricsRegistry } from './metrics-registry.js';
import { METRICS_PATH } from './metrics.route.js';

/**
 * With METRICS_PORT set, GET /metrics is served on that port, without authentication, by a
 * bare HTTP server of its own: a scraper on a private network needs no token, and nothing
 * else of the API is reachable there. It starts with the app and stops with it.
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private server: http.Server | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: MetricsRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.metricsPort === undefined) return;
    const server = http.createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.config.metricsPort, this.config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    this.logger.log(`Metrics on http://${this.config.host}:${this.port()}${METRICS_PATH} (no authentication)`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (server === undefined) return;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }

  /** The port it listens on (METRICS_PORT=0 picks a free one). */
  port(): number | undefined {
    return (this.server?.address() as AddressInfo | null | undefined)?.port;
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const path = (request.url ?? '').split('?')[0];
    if (path !== METRICS_PATH) return problem(response, 404, `Only ${METRICS_PATH} is served on this port.`);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('allow', 'GET, HEAD');
      return problem(response, 405, `${METRICS_PATH} answers GET.`);
    }
    try {
      const body = await this.metrics.render();
      response.writeHead(200, { 'content-type': MetricsRegistry.contentType, 'cache-control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      this.logger.error(`Rendering metrics failed: ${error instanceof Error ? error.message : String(error)}`);
      problem(response, 503, 'The metrics could not be collected; try again.');
    }
  }
}

function problem(response: http.ServerResponse, status: number, detail: string): void {
  const { type, title } = problemTypeForStatus(status);
  response.writeHead(status, { 'content-type': PROBLEM_CONTENT_TYPE });
  response.end(JSON.stringify({ type, title, status, detail, instance: METRICS_PATH }));
}
