/**
 * The Customer Data API client: openapi-fetch over the types generated from openapi.json
 * (./generated, by `npm run client:generate`). Every call is checked against the document:
 * the path, its parameters, the body and the result's type all come from it.
 *
 *   const api = createCustomerDataClient({ baseUrl: 'https://cdp.example.com', token: () => session.jwt });
 *   const { data, error } = await api.GET('/api/v1/customers/{id}/unified-profile', {
 *     params: { path: { id: 'CUST001' }, query: { sections: ['attributes', 'metrics'] } },
 *   });
 *   if (error) console.warn(error.status, error.detail); // RFC 9457 problem details
 *   else console.log(data.attributes?.tier);
 *
 * This file is written by hand; ./generated is not.
 */
import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import type { paths, ProblemResponse } from './generated/schema.js';

export type * from './generated/schema.js';
export type { Middleware } from 'openapi-fetch';

/** The typed client: `GET`, `PUT`, `POST`, `DELETE` on the document's paths, and `use()` for middleware. */
export type CustomerDataClient = Client<paths>;

/** An RFC 9457 problem: the body of every error response (`application/problem+json`). */
export type Problem = ProblemResponse;

/** A bearer token, or a function that returns the current one (called before each request). */
export type TokenSource = string | (() => string | null | undefined | Promise<string | null | undefined>);

export interface CustomerDataClientOptions {
  /** Where the API is served, without `/api/v1` (the paths carry it), e.g. `https://cdp.example.com`. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <token>`; leave it out for `/health` only. */
  token?: TokenSource;
  /** Another fetch (tests, SSR, retries); the global one by default. */
  fetch?: ClientOptions['fetch'];
  /** Headers sent with every request, e.g. `x-request-id`. */
  headers?: ClientOptions['headers'];
}

export function createCustomerDataClient(options: CustomerDataClientOptions): CustomerDataClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
    // List parameters (`sections`) are one comma-separated value, as the document declares
    // them (style form, explode false): `?sections=attributes,metrics`.
    querySerializer: { array: { style: 'form', explode: false } },
  });
  if (options.token !== undefined) client.use(bearer(options.token));
  return client;
}

function bearer(token: TokenSource): Middleware {
  return {
    async onRequest({ request }) {
      const value = typeof token === 'function' ? await token() : token;
      if (value) request.headers.set('authorization', `Bearer ${value}`);
      return request;
    },
  };
}

/** True for an RFC 9457 problem body (what `error` holds for every error this API answers). */
export function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const { type, title, status } = value as Record<string, unknown>;
  return typeof type === 'string' && typeof title === 'string' && typeof status === 'number';
}

/** Thrown by `unwrap` for an error response; `problem` is its RFC 9457 body. */
export class ProblemError extends Error {
  readonly status: number;

  constructor(
    readonly problem: Problem,
    readonly response: Response,
  ) {
    super(`${problem.status} ${problem.title}: ${problem.detail}`);
    this.name = 'ProblemError';
    this.status = problem.status;
  }
}

/** What openapi-fetch resolves a call to: `data` on success, `error` otherwise. */
type FetchResult = { data?: unknown; error?: unknown; response: Response };
/** The `data` of a call's success. */
type DataOf<R> = R extends { data: infer D; error?: never } ? D : never;

/**
 * The data of a call, or a `ProblemError` thrown for its error response: for code that
 * prefers exceptions to checking `error` after each call.
 *
 *   const profile = await unwrap(api.GET('/api/v1/customers/{id}/unified-profile', { params: { path: { id } } }));
 */
export async function unwrap<R extends FetchResult>(call: Promise<R>): Promise<DataOf<R>> {
  const result = await call;
  if (result.error === undefined) return result.data as DataOf<R>;
  const { error, response } = result;
  const problem: Problem = isProblem(error)
    ? error
    : {
        type: 'about:blank',
        title: response.statusText || `HTTP ${response.status}`,
        status: response.status,
        detail: typeof error === 'string' ? error.slice(0, 500) : 'The response is not a problem document.',
        instance: new URL(response.url || 'http://invalid/').pathname,
        requestId: response.headers.get('x-request-id') ?? '',
      };
  throw new ProblemError(problem, response);
}
