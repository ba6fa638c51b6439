import type { SchedulerRegistry } from '@nestjs/schedule';

/**
 * A task run every `seconds` from start() to stop(), never twice at once: a tick that comes
 * while the last run is still going is skipped. The interval is registered with Nest's
 * SchedulerRegistry under `name`. `task` handles its own errors (a rejection would only end
 * that run). Used by the schedulers of the summary refresh and of the partitions.
 */
export class NonOverlappingInterval {
  private running: Promise<void> | undefined;

  constructor(
    private readonly registry: SchedulerRegistry,
    private readonly name: string,
    private readonly task: () => Promise<void>,
  ) {}

  /** Starts ticking; with `runNow`, the first run starts at once rather than after `seconds`. */
  start(seconds: number, { runNow = false }: { runNow?: boolean } = {}): void {
    if (runNow) this.tick();
    this.registry.addInterval(
      this.name,
      setInterval(() => this.tick(), seconds * 1000),
    );
  }

  /** Stops ticking and waits for a run in flight to finish. */
  async stop(): Promise<void> {
    if (this.registry.doesExist('interval', this.name)) this.registry.deleteInterval(this.name);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.task()
      .catch(() => undefined)
      .finally(() => {
        this.running = undefined;
      });
  }
}
