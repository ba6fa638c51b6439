import { DynamicModule, Inject, Module, OnApplicationShutdown, Optional } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { FixedWindowLimiter } from './fixed-window-limiter.js';
import { RateLimitGuard } from './rate-limit.guard.js';

const MINUTE_MS = 60_000;

/**
 * The per-caller rate limit (RATE_LIMIT_PER_MINUTE; 0: none, and no guard at all). Import
 * it after AuthModule: global guards run in the order their modules are imported, and the
 * limit needs the authenticated subject.
 *
 * Not @nestjs/throttler: it is CommonJS requiring the ESM-only @nestjs/common, which Jest's
 * module loader cannot do before Node 24.9, and its in-memory storage keeps a timestamp per
 * request and filters them all on every request (~240 µs per request at 6000 a minute).
 */
@Module({})
export class RateLimitModule implements OnApplicationShutdown {
  constructor(@Optional() @Inject(FixedWindowLimiter) private readonly limiter?: FixedWindowLimiter) {}

  static forRoot(perMinute: number): DynamicModule {
    if (perMinute === 0) return { module: RateLimitModule };
    return {
      module: RateLimitModule,
      providers: [
        { provide: FixedWindowLimiter, useFactory: () => new FixedWindowLimiter(perMinute, MINUTE_MS) },
        { provide: APP_GUARD, useClass: RateLimitGuard },
      ],
    };
  }

  onApplicationShutdown(): void {
    this.limiter?.stop();
  }
}
