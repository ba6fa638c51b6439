/**
 * The segment rule language (CONTRACT.md): parsed, and so validated, when a segment is
 * saved; evaluated against one customer's attributes and metrics whenever a profile is
 * read. Pure: no Nest, no database, nothing that can fail at read time.
 *
 * A rule is a group, `{"all": [node, …]}` or `{"any": [node, …]}`; a node is a group or a
 * condition `{"field": "attributes.<name>" | "metrics.<name>", "op": …, "value": …}`.
 *
 * Evaluation semantics, chosen so that a rule never errors on real data:
 * - a field the customer does not have, or holds as null, is "missing": every operator
 *   but `exists` is false for it, `neq` included (`neq` means "has a value, and it is a
 *   different one"); `{"op": "exists", "value": false}` matches missing fields;
 * - values are compared only with values of the same JSON type: a string never equals,
 *   or orders against, a number (type mismatches are false, again `neq` included);
 * - `gt`/`gte`/`lt`/`lte` order numbers numerically and strings by UTF-16 code units,
 *   so timestamps (stored as `2026-03-15T10:30:00.000Z`) compare chronologically against
 *   values written in the same form, or a prefix of it such as `2026-03-15`;
 * - `in` is true when the value equals one of the listed values.
 */
import { FIELD_NAME_PATTERN, isPlainObject, METRIC_NAME_PATTERN } from '../shared/names.js';

export const SEGMENT_OPS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'exists'] as const;
export type SegmentOp = (typeof SEGMENT_OPS)[number];

/** Groups nest at most this deep (the outermost group is level 1). */
export const MAX_RULE_DEPTH = 8;
/** Groups plus conditions in one rule. */
export const MAX_RULE_NODES = 200;
export const MAX_IN_VALUES = 1000;
export const MAX_STRING_VALUE_LENGTH = 10_000;
/** A rule with more errors than this reports only the first ones. */
export const MAX_REPORTED_ERRORS = 100;

export type Scalar = string | number | boolean;
export type FieldRef = `attributes.${string}` | `metrics.${string}`;

export type SegmentCondition =
  | { field: FieldRef; op: 'eq' | 'neq'; value: Scalar }
  | { field: FieldRef; op: 'gt' | 'gte' | 'lt' | 'lte'; value: string | number }
  | { field: FieldRef; op: 'in'; value: Scalar[] }
  | { field: FieldRef; op: 'exists'; value?: boolean };

export type SegmentGroup = { all: SegmentNode[] } | { any: SegmentNode[] };
export type SegmentNode = SegmentGroup | SegmentCondition;
export type SegmentRule = SegmentGroup;

export interface RuleError {
  /** Dotted path of the bad node, from `rule`: `rule.all.1.op`. */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; rule: SegmentRule } | { ok: false; errors: RuleError[] };

/** What a rule is evaluated against: one customer's merged attributes and metrics. */
export interface CustomerFacts {
  attributes: Readonly<Record<string, unknown>>;
  metrics: Readonly<Record<string, number>>;
}

const GROUP_SHAPE = '{"all": [...]} or {"any": [...]}';
const NODE_SHAPE = `a condition {"field", "op", "value"} or a group ${GROUP_SHAPE}`;
const CONDITION_KEYS = new Set(['field', 'op', 'value']);

interface ParseContext {
  errors: RuleError[];
  nodes: number;
  tooBig: boolean;
}

/** Validates untrusted input (a request body's `rule`) and returns it as a typed rule. */
export function parseSegmentRule(input: unknown): ParseResult {
  const ctx: ParseContext = { errors: [], nodes: 0, tooBig: false };
  let rule: SegmentGroup | undefined;
  if (!isPlainObject(input) || !(Object.hasOwn(input, 'all') || Object.hasOwn(input, 'any'))) {
    fail(ctx, 'rule', `must be a group: ${GROUP_SHAPE}`);
  } else {
    ctx.nodes = 1;
    rule = parseGroup(input, 'rule', 1, ctx);
  }
  if (ctx.tooBig) {
    ctx.errors.unshift({ path: 'rule', message: `has more than ${MAX_RULE_NODES} nodes (groups and conditions)` });
  }
  if (ctx.errors.length > 0 || rule === undefined) {
    return { ok: false, errors: ctx.errors.slice(0, MAX_REPORTED_ERRORS) };
  }
  return { ok: true, rule };
}

function fail(ctx: ParseContext, path: string, message: string): void {
  if (ctx.errors.length < MAX_REPORTED_ERRORS) ctx.errors.push({ path, message });
}

function parseGroup(
  node: Record<string, unknown>,
  path: string,
  depth: number,
  ctx: ParseContext,
): SegmentGroup | undefined {
  const kinds = (['all', 'any'] as const).filter((kind) => Object.hasOwn(node, kind));
  if (kinds.length !== 1) {
    fail(ctx, path, 'must have exactly one of "all" or "any"');
    return undefined;
  }
  const kind = kinds[0];
  let valid = true;
  for (const key of Object.keys(node)) {
    if (key === kind) continue;
    fail(ctx, `${path}.${key}`, `is not allowed: a group is ${GROUP_SHAPE}`);
    valid = false;
  }
  if (depth > MAX_RULE_DEPTH) {
    fail(ctx, path, `is nested too deep: groups nest at most ${MAX_RULE_DEPTH} levels`);
    return undefined;
  }
  const items = node[kind];
  const itemsPath = `${path}.${kind}`;
  if (!Array.isArray(items) || items.length === 0) {
    fail(ctx, itemsPath, `must be a non-empty array of conditions or groups`);
    return undefined;
  }
  const children: SegmentNode[] = [];
  for (let i = 0; i < items.length && !ctx.tooBig; i++) {
    ctx.nodes += 1;
    if (ctx.nodes > MAX_RULE_NODES) {
      ctx.tooBig = true;
      break;
    }
    const child = parseNode(items[i], `${itemsPath}.${i}`, depth, ctx);
    if (child === undefined) valid = false;
    else children.push(child);
  }
  if (!valid || ctx.tooBig) return undefined;
  return kind === 'all' ? { all: children } : { any: children };
}

function parseNode(item: unknown, path: string, depth: number, ctx: ParseContext): SegmentNode | undefined {
  if (!isPlainObject(item)) {
    fail(ctx, path, `must be ${NODE_SHAPE}`);
    return undefined;
  }
  if (Object.hasOwn(item, 'all') || Object.hasOwn(item, 'any')) return parseGroup(item, path, depth + 1, ctx);
  if (!Object.hasOwn(item, 'field') && !Object.hasOwn(item, 'op')) {
    fail(ctx, path, `must be ${NODE_SHAPE}`);
    return undefined;
  }
  return parseCondition(item, path, ctx);
}

function parseCondition(item: Record<string, unknown>, path: string, ctx: ParseContext): SegmentCondition | undefined {
  let valid = true;
  for (const key of Object.keys(item)) {
    if (CONDITION_KEYS.has(key)) continue;
    fail(ctx, `${path}.${key}`, 'is not allowed: a condition has only "field", "op" and "value"');
    valid = false;
  }
  const field = parseField(item.field);
  if (field === undefined) {
    fail(ctx, `${path}.field`, 'must be "attributes.<field name>" or "metrics.<metric name>"');
    valid = false;
  }
  const op = item.op;
  if (!isOp(op)) {
    fail(ctx, `${path}.op`, `must be one of: ${SEGMENT_OPS.join(', ')}`);
    return undefined;
  }
  // Metrics are numbers: a string or boolean value could never match one.
  const numeric = field?.startsWith('metrics.') ?? false;
  const valuePath = `${path}.value`;
  const hasValue = Object.hasOwn(item, 'value');
  const value = item.value;
  if (op === 'exists') {
    if (hasValue && typeof value !== 'boolean') {
      fail(ctx, valuePath, 'must be a boolean with op exists (true: has a value, false: has none), or left out');
      return undefined;
    }
    if (!valid || field === undefined) return undefined;
    return hasValue ? { field, op, value: value as boolean } : { field, op };
  }
  if (!hasValue) {
    fail(ctx, valuePath, `is required with op ${op}`);
    return undefined;
  }
  if (op === 'in') {
    if (!Array.isArray(value) || value.length === 0 || value.length > MAX_IN_VALUES) {
      fail(ctx, valuePath, `must be an array of 1–${MAX_IN_VALUES} values with op in`);
      return undefined;
    }
    const values: Scalar[] = [];
    value.forEach((candidate: unknown, i) => {
      const problem = scalarProblem(candidate, numeric, false);
      if (problem === undefined) values.push(candidate as Scalar);
      else {
        fail(ctx, `${valuePath}.${i}`, problem);
        valid = false;
      }
    });
    if (!valid || field === undefined) return undefined;
    return { field, op, value: values };
  }
  const ordering = op !== 'eq' && op !== 'neq';
  const problem = scalarProblem(value, numeric, ordering);
  if (problem !== undefined) {
    fail(ctx, valuePath, problem);
    return undefined;
  }
  if (!valid || field === undefined) return undefined;
  return ordering ? { field, op, value: value as string | number } : { field, op, value: value as Scalar };
}

function parseField(field: unknown): FieldRef | undefined {
  if (typeof field !== 'string') return undefined;
  const dot = field.indexOf('.');
  const source = field.slice(0, dot);
  const name = field.slice(dot + 1);
  if (dot > 0 && source === 'attributes' && FIELD_NAME_PATTERN.test(name)) return field as FieldRef;
  if (dot > 0 && source === 'metrics' && METRIC_NAME_PATTERN.test(name)) return field as FieldRef;
  return undefined;
}

function isOp(op: unknown): op is SegmentOp {
  return typeof op === 'string' && (SEGMENT_OPS as readonly string[]).includes(op);
}

/** Why `value` cannot be compared with, or undefined when it can. */
function scalarProblem(value: unknown, numeric: boolean, ordering: boolean): string | undefined {
  if (numeric)
    return typeof value === 'number' && Number.isFinite(value)
      ? undefined
      : 'must be a finite number (metrics are numbers)';
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : 'must be a finite number';
  if (typeof value === 'string') {
    return value.length <= MAX_STRING_VALUE_LENGTH
      ? undefined
      : `must be at most ${MAX_STRING_VALUE_LENGTH} characters`;
  }
  if (typeof value === 'boolean' && !ordering) return undefined;
  if (ordering) return 'must be a number or a string';
  return value === null
    ? 'must not be null: use {"op": "exists", "value": false} to match a missing value'
    : 'must be a string, a finite number or a boolean';
}

/** Whether the customer satisfies the rule. Never throws; see the semantics above. */
export function evaluateSegmentRule(rule: SegmentRule, facts: CustomerFacts): boolean {
  return evaluateNode(rule, facts);
}

function evaluateNode(node: SegmentNode, facts: CustomerFacts): boolean {
  if ('all' in node) return node.all.every((child) => evaluateNode(child, facts));
  if ('any' in node) return node.any.some((child) => evaluateNode(child, facts));
  return evaluateCondition(node, facts);
}

function evaluateCondition(condition: SegmentCondition, facts: CustomerFacts): boolean {
  const actual = lookUp(condition.field, facts);
  const present = actual !== undefined && actual !== null;
  switch (condition.op) {
    case 'exists':
      return present === (condition.value ?? true);
    case 'eq':
      return sameType(actual, condition.value) && actual === condition.value;
    case 'neq':
      return sameType(actual, condition.value) && actual !== condition.value;
    case 'in':
      return condition.value.some((candidate) => sameType(actual, candidate) && actual === candidate);
    case 'gt':
      return order(actual, condition.value) > 0;
    case 'gte':
      return order(actual, condition.value) >= 0;
    case 'lt':
      return order(actual, condition.value) < 0;
    case 'lte':
      return order(actual, condition.value) <= 0;
  }
}

function lookUp(field: FieldRef, facts: CustomerFacts): unknown {
  const dot = field.indexOf('.');
  const bag: Readonly<Record<string, unknown>> | undefined =
    field.slice(0, dot) === 'attributes' ? facts.attributes : facts.metrics;
  const name = field.slice(dot + 1);
  return bag != null && Object.hasOwn(bag, name) ? bag[name] : undefined;
}

function sameType(actual: unknown, expected: Scalar): actual is Scalar {
  return typeof actual === typeof expected;
}

/**
 * Negative, zero or positive as `actual` sorts before, with or after `expected`; NaN (every
 * comparison with it is false) unless both are numbers or both are strings.
 */
function order(actual: unknown, expected: string | number): number {
  if (typeof actual === 'number' && typeof expected === 'number') return actual - expected;
  if (typeof actual === 'string' && typeof expected === 'string') {
    return actual < expected ? -1 : actual > expected ? 1 : 0;
  }
  return Number.NaN;
}

/** A saved segment as the unified profile sees it: its rule as stored (not yet parsed). */
export interface StoredSegment {
  id: string;
  rule: unknown;
}

/**
 * Ids of the segments whose rule the customer satisfies, sorted (by UTF-16 code units).
 * A stored rule that no longer parses matches nobody rather than failing the read.
 */
export function matchingSegmentIds(segments: readonly StoredSegment[], facts: CustomerFacts): string[] {
  const ids: string[] = [];
  for (const segment of segments) {
    const parsed = parseSegmentRule(segment.rule);
    if (parsed.ok && evaluateSegmentRule(parsed.rule, facts)) ids.push(segment.id);
  }
  return ids.sort();
}
