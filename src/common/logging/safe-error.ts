/**
 * What of an error may be logged: its kind and where it was thrown, never its words.
 *
 * Messages cannot be trusted: PostgreSQL's echo input (`invalid input syntax for type
 * integer: "…"`), and so do JSON.parse's and many others. A driver error's `detail`
 * (`Key (customer_id)=(…) already exists`), `where`, `hint`, and TypeORM's `query` and
 * `parameters` hold values outright. So an error is logged as its type, its code, the
 * schema names it concerns (constraint, table, column) and its stack frames (file and
 * line, the message line dropped); the request id in the same log line links it to the
 * response the client got.
 */
export interface SafeError {
  type: string;
  /** SQLSTATE for database errors, Node's or Fastify's code (ECONNRESET, FST_…) otherwise. */
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  /** The PostgreSQL function that raised it (e.g. `string_to_uuid`). */
  routine?: string;
  stack?: string[];
  cause?: SafeError;
}

/** Codes and schema names are short identifiers; anything else is not logged. */
const IDENTIFIER = /^[A-Za-z0-9_.$-]{1,128}$/;
const MAX_FRAMES = 15;
const MAX_CAUSE_DEPTH = 3;

export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) return { type: error === null ? 'null' : typeof error };
  const driverError = (error as { driverError?: unknown }).driverError;
  const source = (driverError instanceof Error ? driverError : error) as unknown as Record<string, unknown>;
  const safe: SafeError = { type: identifier(error.name) ?? identifier(error.constructor?.name) ?? 'Error' };
  for (const field of ['code', 'constraint', 'table', 'column', 'routine'] as const) {
    const value = identifier(source[field]) ?? identifier((error as unknown as Record<string, unknown>)[field]);
    if (value !== undefined) safe[field] = value;
  }
  const frames = stackFrames(error.stack);
  if (frames.length > 0) safe.stack = frames;
  if (error.cause !== undefined && depth < MAX_CAUSE_DEPTH) safe.cause = safeError(error.cause, depth + 1);
  return safe;
}

/** The `at …` lines of a stack: the lines before them are the message. */
export function stackFrames(stack: unknown): string[] {
  if (typeof stack !== 'string') return [];
  return stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, MAX_FRAMES)
    .map((line) => line.trim());
}

function identifier(value: unknown): string | undefined {
  return typeof value === 'string' && IDENTIFIER.test(value) ? value : undefined;
}
