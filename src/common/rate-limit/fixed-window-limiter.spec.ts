import { FixedWindowLimiter } from './fixed-window-limiter.js';
import { callerOf } from './rate-limit.hook.js';

describe('FixedWindowLimiter', () => {
  let now = 1_000_000;
  let limiter: FixedWindowLimiter;

  beforeEach(() => {
    now = 1_000_000;
    limiter = new FixedWindowLimiter(3, 60_000, () => now);
  });
  afterEach(() => limiter.stop());

  it('lets `limit` requests through per window, then refuses until the window ends', () => {
    expect([1, 2, 3].map(() => limiter.hit('a'))).toEqual([
      { allowed: true, limit: 3, remaining: 2, resetSeconds: 60 },
      { allowed: true, limit: 3, remaining: 1, resetSeconds: 60 },
      { allowed: true, limit: 3, remaining: 0, resetSeconds: 60 },
    ]);
    now += 45_500;
    expect(limiter.hit('a')).toEqual({ allowed: false, limit: 3, remaining: 0, resetSeconds: 15 });
    now += 14_499;
    expect(limiter.hit('a')).toMatchObject({ allowed: false, resetSeconds: 1 });
    now += 1;
    expect(limiter.hit('a')).toEqual({ allowed: true, limit: 3, remaining: 2, resetSeconds: 60 });
  });

  it('does not count refused requests: hammering does not extend the wait', () => {
    for (let i = 0; i < 3; i++) limiter.hit('a');
    for (let i = 0; i < 100; i++) expect(limiter.hit('a').allowed).toBe(false);
    now += 60_000;
    expect(limiter.hit('a')).toMatchObject({ allowed: true, remaining: 2 });
  });

  it('keeps each caller apart', () => {
    for (let i = 0; i < 3; i++) limiter.hit('a');
    expect(limiter.hit('a').allowed).toBe(false);
    expect(limiter.hit('b')).toMatchObject({ allowed: true, remaining: 2 });
  });

  it('sweeps the callers whose window has ended', () => {
    limiter.hit('a');
    now += 30_000;
    limiter.hit('b');
    now += 30_000;
    limiter.sweep();
    expect(limiter.size).toBe(1);
    now += 30_000;
    limiter.sweep();
    expect(limiter.size).toBe(0);
  });
});

describe('callerOf', () => {
  it('is the verified subject when there is one, else the client IP', () => {
    expect(callerOf({ user: { subject: 'alice', roles: ['viewer'] }, ip: '10.0.0.1' })).toBe('subject:alice');
    expect(callerOf({ ip: '10.0.0.1' })).toBe('ip:10.0.0.1');
    // A token without `sub` counts against its IP, not one budget shared by every such token.
    expect(callerOf({ user: { subject: '', roles: ['viewer'] }, ip: '10.0.0.2' })).toBe('ip:10.0.0.2');
  });

  it('cannot be confused between a subject and an address', () => {
    expect(callerOf({ user: { subject: '10.0.0.1', roles: [] }, ip: '10.0.0.9' })).not.toBe(
      callerOf({ ip: '10.0.0.1' }),
    );
  });
});
