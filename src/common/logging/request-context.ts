import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line written while serving a request says about it: nothing personal. */
export interface RequestLogContext {
  reqId: string;
  method: string;
  /** The route template (`/api/v1/customers/:id/metrics`), never the URL; null when no route matched. */
  route: string | null;
}

const storage = new AsyncLocalStorage<RequestLogContext>();

/** The request being served by the current async call chain, if any. */
export function currentRequest(): RequestLogContext | undefined {
  return storage.getStore();
}

/** Runs `work` (and everything it starts) as part of serving `context`'s request. */
export function runInRequest<T>(context: RequestLogContext, work: () => T): T {
  return storage.run(context, work);
}
