import { SchedulerRegistry } from '@nestjs/schedule';
import { NonOverlappingInterval } from './non-overlapping-interval.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('NonOverlappingInterval', () => {
  it('runs at once when asked, skips ticks while a run is in flight, and stop() waits for it', async () => {
    const registry = new SchedulerRegistry();
    let started = 0;
    let finished = 0;
    let release: () => void = () => undefined;
    const interval = new NonOverlappingInterval(registry, 'job', async () => {
      started += 1;
      await new Promise<void>((resolve) => (release = resolve));
      finished += 1;
    });
    interval.start(0.01, { runNow: true });
    expect(started).toBe(1);
    expect(registry.doesExist('interval', 'job')).toBe(true);
    await sleep(60); // several ticks while the first run is held
    expect(started).toBe(1);
    release();
    await sleep(30); // the next tick starts a second run
    expect(started).toBe(2);
    const stopped = interval.stop();
    expect(registry.doesExist('interval', 'job')).toBe(false);
    let done = false;
    void stopped.then(() => (done = true));
    await sleep(20);
    expect(done).toBe(false); // still waiting for the run in flight
    release();
    await stopped;
    expect(finished).toBe(2);
    await sleep(30);
    expect(started).toBe(2); // no tick after stop()
  });

  it('waits for the first tick without runNow, and goes on after a run that failed', async () => {
    const registry = new SchedulerRegistry();
    let runs = 0;
    const interval = new NonOverlappingInterval(registry, 'failing', () => {
      runs += 1;
      return Promise.reject(new Error('boom'));
    });
    interval.start(0.02);
    expect(runs).toBe(0);
    await sleep(90);
    expect(runs).toBeGreaterThanOrEqual(2);
    await interval.stop();
  });
});
