/** What one request's hit tells the caller. */
export interface RateLimitHit {
  allowed: boolean;
  limit: number;
  /** Requests left in the current window after this one. */
  remaining: number;
  /** Whole seconds until the window ends (at least 1): Retry-After when refused. */
  resetSeconds: number;
}

interface Window {
  /** ms since the epoch. */
  endsAt: number;
  hits: number;
}

/**
 * At most `limit` requests per caller per window of `windowMs`, the window opened by the
 * caller's first request. Refused requests are not counted, so a caller that keeps trying
 * does not push its window back. O(1) per request, in memory, per instance; a sweep every
 * window drops the callers whose window has ended.
 */
export class FixedWindowLimiter {
  private readonly windows = new Map<string, Window>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.sweeper = setInterval(() => this.sweep(), windowMs).unref();
  }

  hit(caller: string): RateLimitHit {
    const now = this.now();
    let window = this.windows.get(caller);
    if (window === undefined || window.endsAt <= now) {
      window = { endsAt: now + this.windowMs, hits: 0 };
      this.windows.set(caller, window);
    }
    const allowed = window.hits < this.limit;
    if (allowed) window.hits += 1;
    return {
      allowed,
      limit: this.limit,
      remaining: this.limit - window.hits,
      resetSeconds: Math.max(1, Math.ceil((window.endsAt - now) / 1000)),
    };
  }

  /** Callers currently tracked (for tests and the sweep). */
  get size(): number {
    return this.windows.size;
  }

  sweep(): void {
    const now = this.now();
    for (const [caller, window] of this.windows) if (window.endsAt <= now) this.windows.delete(caller);
  }

  stop(): void {
    clearInterval(this.sweeper);
  }
}
