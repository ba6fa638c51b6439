import type { DomainErrorCode, FieldError } from './domain-error.js';

/** RFC 9457 problem details, as every error response carries them. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TYPE_BASE = 'urn:customer-data-api:problem:';

interface ProblemType {
  status: number;
  type: string;
  title: string;
}

function problemType(status: number, slug: string, title: string): ProblemType {
  return { status, type: TYPE_BASE + slug, title };
}

/** The one table that maps what went wrong to what a client sees. */
export const PROBLEM_TYPES = {
  invalid_input: problemType(400, 'validation', 'Invalid request'),
  unauthorized: problemType(401, 'unauthorized', 'Authentication required'),
  forbidden: problemType(403, 'forbidden', 'Forbidden'),
  not_found: problemType(404, 'not-found', 'Not found'),
  method_not_allowed: problemType(405, 'method-not-allowed', 'Method not allowed'),
  request_timeout: problemType(408, 'request-timeout', 'Request timeout'),
  conflict: problemType(409, 'conflict', 'Conflict'),
  payload_too_large: problemType(413, 'payload-too-large', 'Payload too large'),
  uri_too_long: problemType(414, 'uri-too-long', 'URI too long'),
  unsupported_media_type: problemType(415, 'unsupported-media-type', 'Unsupported media type'),
  unprocessable: problemType(422, 'unprocessable', 'Unprocessable request'),
  too_many_requests: problemType(429, 'too-many-requests', 'Too many requests'),
  header_fields_too_large: problemType(431, 'header-fields-too-large', 'Request header fields too large'),
  internal: problemType(500, 'internal', 'Internal server error'),
  unavailable: problemType(503, 'unavailable', 'Service unavailable'),
} as const satisfies Record<string, ProblemType> & Record<DomainErrorCode, ProblemType>;

export type ProblemKind = keyof typeof PROBLEM_TYPES;

const BY_STATUS = new Map<number, ProblemType>(
  Object.values(PROBLEM_TYPES).map((problem) => [problem.status, problem]),
);

/** The problem type for an HTTP status; statuses without their own type get `about:blank`. */
export function problemTypeForStatus(status: number): ProblemType {
  return BY_STATUS.get(status) ?? { status, type: 'about:blank', title: `HTTP ${status}` };
}
