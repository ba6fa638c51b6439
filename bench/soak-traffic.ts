/**
 * The soak's traffic model (bench/soak.ts): what each request is, and what came back. Every
 * interaction id is unique to the run, so what the database holds afterwards can be checked
 * against what the API acknowledged.
 */

export const KINDS = ['ingest', 'replay', 'profile', 'history', 'summary', 'erase', 'refresh'] as const;
export type Kind = (typeof KINDS)[number];

/** Share of each kind in the traffic. */
const WEIGHTS: Record<Kind, number> = {
  ingest: 28,
  replay: 3,
  profile: 22,
  history: 22,
  summary: 15,
  erase: 4,
  refresh: 1,
};

const TYPES = ['impression', 'impression', 'impression', 'impression', 'click', 'click', 'dismiss', 'convert'];
const GROUP_BYS = ['action', 'treatment', 'channel', 'customer'];
const DAY = 86_400_000;
/** Summary windows the traffic asks for; the checks compare `CHECKED_WINDOWS`. */
const WINDOWS = [1, 3, 7, 30];
export const CHECKED_WINDOWS = [3, 30];

export interface Item {
  id: string;
  customerId: string;
  offerId: string;
  creativeId?: string;
  interactionType: string;
  timestamp: string;
}

export interface Batch {
  items: Item[];
  /** Only customers that are never erased: every item must be stored once when acknowledged. */
  stableOnly: boolean;
  /** sent: no answer (yet); acked: 2xx; rejected: anything else. */
  state: 'sent' | 'acked' | 'rejected';
}

export interface Customers {
  /** Never erased. */
  stable: string[];
  /** Erased with ?suppress=true: must hold nothing once an erasure was acknowledged. */
  suppressed: string[];
  /** Erased without suppression: may come back with new interactions. */
  erased: string[];
}

export interface Catalog {
  creatives: { id: string; offerId: string }[];
  offers: string[];
}

export interface Tokens {
  admin: string;
  editor: string;
  viewer: string;
}

export interface Request {
  kind: Kind;
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  headers: Record<string, string>;
  body?: string;
  batch?: Batch;
  /** The customer an erasure is for. */
  customerId?: string;
}

export interface KindStats {
  /** Answers by HTTP status. */
  statuses: Map<number, number>;
  /** Milliseconds, of 2xx answers. */
  latencies: number[];
}

export interface TrafficOptions {
  batchSize: number;
  /** All interactions are dated before this (ms), at most 6 days before. */
  now: number;
  /** Length of the run, so that no timestamp is near a checked window's edge when checked. */
  durationMs: number;
}

/** Picks requests, remembers what they carried, and records the answers. */
export class Traffic {
  readonly batches: Batch[] = [];
  readonly stats = new Map<Kind, KindStats>(KINDS.map((kind) => [kind, { statuses: new Map(), latencies: [] }]));
  /** Customers with at least one acknowledged erasure. */
  readonly erasedAcked = new Set<string>();
  /** Interactions ingest answered as `suppressed`. */
  suppressedCount = 0;
  /** What went wrong: how often, and the first few in full. */
  problemCount = 0;
  readonly problems: string[] = [];
  private readonly ackedStable: Batch[] = [];
  private readonly totalWeight = Object.values(WEIGHTS).reduce((a, b) => a + b, 0);
  private readonly runId = Date.now().toString(36);
  private nextBatch = 0;

  constructor(
    private readonly customers: Customers,
    private readonly catalog: Catalog,
    private readonly tokens: Tokens,
    private readonly options: TrafficOptions,
  ) {}

  /** The next request, drawn by the weights. */
  next(): Request {
    let r = Math.random() * this.totalWeight;
    let kind: Kind = 'ingest';
    for (const k of KINDS) {
      r -= WEIGHTS[k];
      if (r < 0) {
        kind = k;
        break;
      }
    }
    switch (kind) {
      case 'ingest':
        return this.ingest(this.newBatch(Math.random() < 0.8));
      case 'replay':
        return this.ackedStable.length === 0
          ? this.ingest(this.newBatch(true))
          : { ...this.ingest(pick(this.ackedStable)), kind: 'replay' };
      case 'profile':
        return this.get('profile', `/api/v1/customers/${pick(this.customers.stable)}/unified-profile`);
      case 'history': {
        const filter =
          Math.random() < 0.7
            ? `customerId=${pick(Math.random() < 0.8 ? this.customers.stable : this.allErasable())}`
            : `offerId=${pick(this.catalog.offers)}${Math.random() < 0.3 ? '&type=click' : ''}`;
        return this.get('history', `/api/v1/interaction-history?${filter}&limit=20`);
      }
      case 'summary':
        return this.get(
          'summary',
          `/api/v1/interaction-summary?groupBy=${pick(GROUP_BYS)}&days=${pick(WINDOWS)}&limit=100`,
        );
      case 'erase': {
        const suppress = Math.random() < 0.5;
        const customerId = pick(suppress ? this.customers.suppressed : this.customers.erased);
        return {
          kind,
          method: 'DELETE',
          path: `/api/v1/customers/${customerId}${suppress ? '?suppress=true' : ''}`,
          headers: this.auth('admin'),
          customerId,
        };
      }
      case 'refresh':
        return { kind, method: 'POST', path: '/api/v1/interaction-summary/refresh', headers: this.auth('admin') };
    }
  }

  /** Records an answer; checks what it says against what was sent. */
  answer(request: Request, status: number, body: string): void {
    const stats = this.stats.get(request.kind) as KindStats;
    stats.statuses.set(status, (stats.statuses.get(status) ?? 0) + 1);
    const ok = status >= 200 && status < 300;
    if (!ok) {
      this.problem(`${request.method} ${request.path} → ${status}: ${body.slice(0, 300)}`);
      if (request.batch && request.kind === 'ingest') request.batch.state = 'rejected';
      return;
    }
    if (request.batch) this.ingested(request, JSON.parse(body) as IngestAnswer);
    if (request.kind === 'erase') this.erasedAcked.add(request.customerId as string);
  }

  latency(kind: Kind, ms: number): void {
    this.stats.get(kind)?.latencies.push(ms);
  }

  /** A batch to store before the traffic starts: one interaction for each of `customerIds`. */
  seedBatch(customerIds: string[], stableOnly: boolean): Batch {
    const batch = this.newBatch(stableOnly, customerIds);
    this.batches.push(batch);
    return batch;
  }

  /** Marks a seed batch acknowledged (sent outside the traffic). */
  seeded(batch: Batch, body: IngestAnswer): void {
    this.ingested({ kind: 'ingest', method: 'POST', path: '', headers: {}, batch }, body);
  }

  private ingested(request: Request, body: IngestAnswer): void {
    const batch = request.batch as Batch;
    const size = batch.items.length;
    if (request.kind === 'replay') {
      // Every id was stored by the acknowledged original: a replay stores nothing again.
      if (body.accepted !== 0 || body.duplicates !== size) {
        this.problem(`replay of an acknowledged batch answered ${JSON.stringify(body)}, expected ${size} duplicates`);
      }
      return;
    }
    batch.state = 'acked';
    this.suppressedCount += body.suppressed;
    if (body.accepted + body.duplicates + body.suppressed !== size || body.duplicates !== 0) {
      this.problem(`ingest of ${size} new interactions answered ${JSON.stringify(body)}`);
    } else if (batch.stableOnly && body.accepted !== size) {
      this.problem(`ingest of ${size} interactions of never-erased customers answered ${JSON.stringify(body)}`);
    }
    if (batch.stableOnly) this.ackedStable.push(batch);
  }

  private ingest(batch: Batch): Request {
    return {
      kind: 'ingest',
      method: 'POST',
      path: '/api/v1/interactions',
      headers: { ...this.auth('editor'), 'content-type': 'application/json' },
      body: JSON.stringify({ interactions: batch.items }),
      batch,
    };
  }

  private newBatch(stableOnly: boolean, customerIds?: string[]): Batch {
    const n = this.nextBatch++;
    const items = Array.from({ length: customerIds?.length ?? this.options.batchSize }, (_, i): Item => {
      const customerId =
        customerIds?.[i] ?? (stableOnly || i % 2 === 0 ? pick(this.customers.stable) : pick(this.allErasable()));
      const creative = pick(this.catalog.creatives);
      return {
        id: `soak_${this.runId}_${n}_${i}`,
        customerId,
        offerId: creative.offerId,
        ...(Math.random() < 0.9 ? { creativeId: creative.id } : {}),
        interactionType: pick(TYPES),
        timestamp: new Date(this.timestamp()).toISOString(),
      };
    });
    const batch: Batch = { items, stableOnly, state: 'sent' };
    if (customerIds === undefined) this.batches.push(batch);
    return batch;
  }

  /**
   * Up to 6 days before the run's start, but never close to where a checked window (3 days)
   * will begin while the run and its checks last: the API and the checks' own SQL read the
   * clock a moment apart, and must count the same rows.
   */
  private timestamp(): number {
    const margin = this.options.durationMs + 30 * 60_000;
    for (;;) {
      const age = 60_000 + Math.random() * (6 * DAY - 60_000);
      const nearEdge = CHECKED_WINDOWS.some((days) => age > days * DAY - 60_000 && age < days * DAY + margin);
      if (!nearEdge) return this.options.now - Math.floor(age);
    }
  }

  private get(kind: Kind, path: string): Request {
    return { kind, method: 'GET', path, headers: this.auth('viewer') };
  }

  private auth(role: keyof Tokens): Record<string, string> {
    return { authorization: `Bearer ${this.tokens[role]}` };
  }

  private allErasable(): string[] {
    return Math.random() < 0.5 ? this.customers.suppressed : this.customers.erased;
  }

  private problem(line: string): void {
    this.problemCount++;
    if (this.problems.length < 20) this.problems.push(line);
  }
}

export interface IngestAnswer {
  accepted: number;
  duplicates: number;
  suppressed: number;
}

/** A random element of a non-empty array. */
function pick<T>(values: readonly T[]): T {
  return values[Math.floor(Math.random() * values.length)];
}
