import type { FieldError } from '../errors/domain-error.js';

/** Far deeper than any body this API takes (a segment rule at its 8-group limit is about 20 levels). */
export const MAX_JSON_DEPTH = 64;
/** The widest objects a request holds are 500 metric values and 200 record fields. */
export const MAX_JSON_PROPERTIES = 1_000;
/** The longest arrays a request holds are 1000 events in a batch and 1000 values of an `in` rule. */
export const MAX_JSON_ITEMS = 10_000;
const MAX_REPORTED_ERRORS = 20;

interface Frame {
  value: object;
  depth: number;
  parent?: Frame;
  key?: string | number;
}

/**
 * What is wrong with a parsed JSON body before any DTO or schema looks at it: nesting so deep
 * that recursive code (class-transformer) would overflow the stack and answer 500, objects so
 * wide that class-transformer's key handling (quadratic) would spend seconds on them, NUL
 * characters, which PostgreSQL refuses in text and jsonb, and lone surrogates (`"\ud800"` is
 * valid JSON but no Unicode text: it would be stored as U+FFFD). Iterative, and allocates
 * nothing per scalar, so a megabyte of hostile JSON costs milliseconds.
 */
export function jsonBodyErrors(body: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const report = (frame: Frame | undefined, key: string | number | undefined, message: (field: string) => string) => {
    const field = pathOf(frame, key);
    errors.push({ field, message: message(field) });
  };
  if (typeof body === 'string') {
    if (body.includes('\u0000')) report(undefined, undefined, nulMessage);
    if (!isWellFormed(body)) report(undefined, undefined, surrogateMessage);
  }
  if (typeof body !== 'object' || body === null) return errors;

  const stack: Frame[] = [{ value: body, depth: 0 }];
  while (stack.length > 0 && errors.length < MAX_REPORTED_ERRORS) {
    const frame = stack.pop()!;
    const items = Array.isArray(frame.value) ? (frame.value as unknown[]) : undefined;
    const keys = items ? undefined : Object.keys(frame.value);
    const size = items ? items.length : keys!.length;
    if (size > (items ? MAX_JSON_ITEMS : MAX_JSON_PROPERTIES)) {
      const limit = items ? `${MAX_JSON_ITEMS} items` : `${MAX_JSON_PROPERTIES} properties`;
      report(frame.parent, frame.key, (field) => `${field} holds more than ${limit}`);
      continue;
    }
    const children: Frame[] = [];
    for (let i = 0; i < size; i++) {
      const key = keys ? keys[i] : i;
      const child: unknown = keys ? (frame.value as Record<string, unknown>)[keys[i]] : items![i];
      if (typeof key === 'string' && key.includes('\u0000')) {
        report(frame, key, () => 'property names must not contain NUL (\\u0000) characters');
      } else if (typeof key === 'string' && !isWellFormed(key)) {
        report(frame, key, () => `property names must not contain ${LONE_SURROGATE}`);
      } else if (typeof child === 'string') {
        if (child.includes('\u0000')) report(frame, key, nulMessage);
        else if (!isWellFormed(child)) report(frame, key, surrogateMessage);
      } else if (typeof child === 'object' && child !== null) {
        if (frame.depth + 1 >= MAX_JSON_DEPTH) {
          report(frame, key, (field) => `${field} nests more than ${MAX_JSON_DEPTH} levels deep`);
        } else {
          children.push({ value: child, depth: frame.depth + 1, parent: frame, key });
        }
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return errors.slice(0, MAX_REPORTED_ERRORS);
}

function nulMessage(field: string): string {
  return `${field} must not contain NUL (\\u0000) characters`;
}

const LONE_SURROGATE = 'a lone surrogate (a \\ud800–\\udfff escape without its pair)';

function surrogateMessage(field: string): string {
  return `${field} must not contain ${LONE_SURROGATE}`;
}

/** ES2024's String.prototype.isWellFormed (Node 20 has it; the ES2023 typings do not). */
function isWellFormed(text: string): boolean {
  return (text as string & { isWellFormed(): boolean }).isWellFormed();
}

const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The dotted path of `key` in `frame` (`body` for the body itself). */
function pathOf(frame: Frame | undefined, key: string | number | undefined): string {
  const segments: string[] = [];
  if (key !== undefined) segments.push(String(key));
  for (let f = frame; f?.key !== undefined; f = f.parent) segments.push(String(f.key));
  // Field names are echoed in the answer: NUL and lone surrogates are written as escapes.
  return segments.length === 0
    ? 'body'
    : segments
        .reverse()
        .join('.')
        .replaceAll('\u0000', '\\u0000')
        .replace(LONE_SURROGATES, (unit) => `\\u${unit.charCodeAt(0).toString(16)}`);
}
