import type { Role } from '../../src/common/auth/roles.js';
import type { TestApp } from './test-app.js';
import { tokenFor } from './tokens.js';

export interface JsonResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** A JSON call to the test app as a caller with `roles` (none: anonymous). */
export async function call<T = any>(
  api: TestApp,
  method: string,
  path: string,
  options: { roles?: Role[] | string[]; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<JsonResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.roles) headers.authorization = `Bearer ${tokenFor(options.roles)}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await api.request(path, { method, headers, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/** Asserts an RFC 9457 problem response and returns its body. */
export function expectProblem(response: JsonResponse, status: number, fields?: string[]): any {
  expect({ status: response.status, body: response.body }).toMatchObject({ status, body: { status } });
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({
    type: expect.any(String),
    title: expect.any(String),
    detail: expect.any(String),
  });
  if (fields) {
    expect((response.body.errors as { field: string }[]).map((e) => e.field)).toEqual(expect.arrayContaining(fields));
  }
  return response.body;
}
