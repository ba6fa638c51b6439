import fc from 'fast-check';
import {
  byteOrder,
  summaryOrder,
  topCustomers,
  type CustomerTotal,
  type CustomerVisits,
  type VisitedCustomer,
} from './top-customers.js';

interface Customer {
  customerId: string;
  /** All-time total: at least the window's, more with interactions outside it (or erasures not subtracted). */
  total: number;
  /** The window's total; 0: nothing in the window. */
  window: CustomerTotal;
}

function counts(customerId: string, inWindow: number): CustomerTotal {
  return { customerId, total: inWindow };
}

/** Customers in all-time total order (ties by id descending, as the index is scanned), counting visits. */
function visitsOf(customers: Customer[]): CustomerVisits & { visited: Set<string> } {
  const ordered = [...customers].sort((a, b) => b.total - a.total || byteOrder(b.customerId, a.customerId));
  const visited = new Set<string>();
  return {
    visited,
    countAtLeast: (total) => Promise.resolve(customers.filter((c) => c.total >= total).length),
    next: (after, count, countWindow) => {
      const start = after === undefined ? 0 : ordered.findIndex((c) => c.customerId === after.customerId) + 1;
      return Promise.resolve(
        ordered.slice(start, start + count).map((c, i): VisitedCustomer => {
          if (i < countWindow) visited.add(c.customerId);
          return {
            customerId: c.customerId,
            total: c.total,
            inWindow: i < countWindow ? c.window.total : undefined,
          };
        }),
      );
    },
  };
}

function bruteForce(customers: Customer[], want: number): CustomerTotal[] {
  return customers
    .map((c) => c.window)
    .filter((w) => w.total > 0)
    .sort(summaryOrder)
    .slice(0, want);
}

const ids = ['a', 'B', 'b', 'A-1', 'a_1', 'c', 'C', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'];

/** Small counts, so ties (window against window, window against all-time) are the rule. */
const customersArb = fc
  .uniqueArray(
    fc.record({
      customerId: fc.constantFrom(...ids),
      inWindow: fc.integer({ min: 0, max: 4 }),
      outside: fc.integer({ min: 0, max: 3 }),
    }),
    { selector: (c) => c.customerId, maxLength: ids.length },
  )
  .map((rows) =>
    rows.map((r): Customer => ({
      customerId: r.customerId,
      total: r.inWindow + r.outside,
      window: counts(r.customerId, r.inWindow),
    })),
  );

describe('topCustomers (the threshold method)', () => {
  it('equals sorting every customer’s window count, for any totals, ties and batch sizes', async () => {
    await fc.assert(
      fc.asyncProperty(
        customersArb,
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 8 }),
        async (customers, want, firstBatch, maxBatch) => {
          const answer = await topCustomers(visitsOf(customers), {
            want,
            firstBatch,
            maxBatch: Math.max(firstBatch, maxBatch),
            maxVisited: Infinity,
          });
          expect(answer).toEqual(bruteForce(customers, want));
        },
      ),
      { numRuns: 2000, seed: 20_260_315 },
    );
  });

  it('does not stop on an equal bound: an unvisited customer with the same window count and a smaller id belongs in', async () => {
    // 'b' is visited first (all-time 3, all in the window), 'a' next with all-time 2, all in
    // the window too, and 'c' also 2. With want = 2 after the first batch: best ['b'],
    // then 'a' and 'c' tie at 2, 'a' first by id, though the index visits 'c' first.
    const customers: Customer[] = [
      { customerId: 'b', total: 3, window: counts('b', 3) },
      { customerId: 'c', total: 2, window: counts('c', 2) },
      { customerId: 'a', total: 2, window: counts('a', 2) },
    ];
    const answer = await topCustomers(visitsOf(customers), { want: 2, firstBatch: 2, maxBatch: 2, maxVisited: 99 });
    expect(answer?.map((c) => c.customerId)).toEqual(['b', 'a']);
  });

  it('stops as soon as the cut-off is above the next customer’s all-time total', async () => {
    const customers: Customer[] = Array.from({ length: 100 }, (_, i) => ({
      customerId: `c${String(i).padStart(3, '0')}`,
      total: i < 10 ? 1000 - i : 500 - i,
      window: counts(`c${String(i).padStart(3, '0')}`, i < 10 ? 900 : 1),
    }));
    const visits = visitsOf(customers);
    const answer = await topCustomers(visits, { want: 5, firstBatch: 10, maxBatch: 10, maxVisited: 99 });
    expect(answer).toEqual(bruteForce(customers, 5));
    expect(visits.visited.size).toBe(10);
  });

  it('visits every customer with interactions when fewer than `want` have any in the window', async () => {
    const customers: Customer[] = [
      { customerId: 'x', total: 9, window: counts('x', 0) },
      { customerId: 'y', total: 5, window: counts('y', 1) },
      { customerId: 'z', total: 0, window: counts('z', 0) },
    ];
    const visits = visitsOf(customers);
    expect(await topCustomers(visits, { want: 3, firstBatch: 1, maxBatch: 1, maxVisited: 99 })).toEqual([
      counts('y', 1),
    ]);
    expect([...visits.visited].sort()).toEqual(['x', 'y']); // z has no interactions at all
  });

  it('never visits more than maxVisited customers: exact, or undefined', async () => {
    await fc.assert(
      fc.asyncProperty(
        customersArb,
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 12 }),
        async (customers, want, batch, maxVisited) => {
          const visits = visitsOf(customers);
          const answer = await topCustomers(visits, { want, firstBatch: batch, maxBatch: batch, maxVisited });
          if (answer !== undefined) expect(answer).toEqual(bruteForce(customers, want));
          expect(visits.visited.size).toBeLessThanOrEqual(Math.max(maxVisited, batch) + batch - 1);
        },
      ),
      { numRuns: 2000, seed: 20_260_316 },
    );
  });

  it('gives up after the first batch when more customers than maxVisited are certain to be needed', async () => {
    // 40 customers with 10 interactions each, 1 of them in the window: after the first
    // batch the cut-off is 1, and all 40 have an all-time total of at least 1.
    const customers: Customer[] = Array.from({ length: 40 }, (_, i) => ({
      customerId: `c${i}`,
      total: 10,
      window: counts(`c${i}`, 1),
    }));
    const visits = visitsOf(customers);
    expect(await topCustomers(visits, { want: 3, firstBatch: 4, maxBatch: 4, maxVisited: 39 })).toBeUndefined();
    expect(visits.visited.size).toBe(4);
  });

  it('orders ids by their bytes, as COLLATE "C"', () => {
    expect(['b', 'a_1', 'B', 'A-1', 'a'].sort(byteOrder)).toEqual(['A-1', 'B', 'a', 'a_1', 'b']);
  });
});
