import type { SchemaObject } from '@nestjs/swagger';
import { componentSchemaRef, defineComponentSchemas } from '../../../../common/openapi/component-schemas.js';
import { FIELD_NAME_PATTERN, METRIC_NAME_PATTERN } from '../../shared/names.js';
import {
  MAX_IN_VALUES,
  MAX_RULE_DEPTH,
  MAX_RULE_NODES,
  MAX_STRING_VALUE_LENGTH,
  SEGMENT_OPS,
} from '../segment-rule.js';

export const SEGMENT_RULE_DESCRIPTION =
  'A group, `{"all": [node, …]}` or `{"any": [node, …]}`, where a node is a group or a condition ' +
  '`{"field": "attributes.<field>" | "metrics.<metric>", "op": …, "value": …}`. ' +
  `Ops: ${SEGMENT_OPS.join(', ')}. Groups are non-empty and nest at most ${MAX_RULE_DEPTH} deep; ` +
  `a rule has at most ${MAX_RULE_NODES} groups and conditions. ` +
  '`eq`/`neq` take a string, number or boolean; `gt`/`gte`/`lt`/`lte` a number or a string ' +
  '(strings compare by code unit, so timestamps written as `2026-03-15T10:30:00.000Z` compare ' +
  `chronologically); \`in\` a list of 1–${MAX_IN_VALUES} values; \`exists\` an optional boolean ` +
  '(default true). Metrics compare with numbers only. A missing (or null) field satisfies only ' +
  '`exists: false`: every other op, `neq` included, is false for it, as is any comparison of ' +
  'values of different types. A rule that does not parse is a 400 whose `errors` give the path ' +
  'of each bad node, e.g. `rule.all.1.op`.';

export const SEGMENT_RULE_EXAMPLE = {
  all: [
    { field: 'attributes.lifetime_value', op: 'gte', value: 10000 },
    {
      any: [
        { field: 'attributes.tier', op: 'in', value: ['gold', 'platinum'] },
        { field: 'metrics.engagement_score', op: 'gt', value: 0.7 },
      ],
    },
  ],
};

/** The name generated clients give a rule; request and response DTOs point at it. */
export const SEGMENT_RULE_SCHEMA = 'SegmentRule';

/*
 * The rule as a recursive schema, so generated clients type it. It documents parseSegmentRule
 * (segment-rule.ts), which stays the validation: the schema is never stricter than the parser,
 * which also limits depth and size and wants numbers for metrics (JSON Schema cannot say so).
 */
const unanchored = (pattern: RegExp) => pattern.source.replace(/^\^/, '').replace(/\$$/, '');
const FIELD = {
  type: 'string',
  pattern: `^(attributes\\.${unanchored(FIELD_NAME_PATTERN)}|metrics\\.${unanchored(METRIC_NAME_PATTERN)})$`,
  description: '`attributes.<field>` (a schema-table field) or `metrics.<metric>`.',
  example: 'attributes.tier',
} satisfies SchemaObject;
const STRING = { type: 'string', maxLength: MAX_STRING_VALUE_LENGTH } satisfies SchemaObject;
const SCALAR = { oneOf: [STRING, { type: 'number' }, { type: 'boolean' }] } satisfies SchemaObject;

function condition(ops: readonly string[], value: SchemaObject, description: string, valueRequired = true) {
  return {
    type: 'object',
    description,
    required: valueRequired ? ['field', 'op', 'value'] : ['field', 'op'],
    additionalProperties: false,
    properties: { field: FIELD, op: { type: 'string', enum: [...ops] }, value },
  } satisfies SchemaObject;
}

function group(kind: 'all' | 'any', description: string) {
  return {
    type: 'object',
    description,
    required: [kind],
    additionalProperties: false,
    properties: { [kind]: { type: 'array', minItems: 1, items: componentSchemaRef('SegmentRuleNode') } },
  } satisfies SchemaObject;
}

defineComponentSchemas({
  [SEGMENT_RULE_SCHEMA]: {
    description: SEGMENT_RULE_DESCRIPTION,
    oneOf: [componentSchemaRef('SegmentAllGroup'), componentSchemaRef('SegmentAnyGroup')],
    example: SEGMENT_RULE_EXAMPLE,
  },
  SegmentAllGroup: group('all', 'Matches when every node in `all` matches.'),
  SegmentAnyGroup: group('any', 'Matches when at least one node in `any` matches.'),
  SegmentRuleNode: {
    description: 'A nested group, or a condition.',
    oneOf: [
      componentSchemaRef('SegmentAllGroup'),
      componentSchemaRef('SegmentAnyGroup'),
      componentSchemaRef('SegmentEqualityCondition'),
      componentSchemaRef('SegmentOrderCondition'),
      componentSchemaRef('SegmentInCondition'),
      componentSchemaRef('SegmentExistsCondition'),
    ],
  },
  SegmentEqualityCondition: condition(
    ['eq', 'neq'],
    SCALAR,
    'The field holds this value (`eq`), or a different value of the same type (`neq`).',
  ),
  SegmentOrderCondition: condition(
    ['gt', 'gte', 'lt', 'lte'],
    { oneOf: [STRING, { type: 'number' }] },
    'The field orders after (`gt`, `gte`) or before (`lt`, `lte`) the value: numbers numerically, strings by code unit.',
  ),
  SegmentInCondition: condition(
    ['in'],
    { type: 'array', minItems: 1, maxItems: MAX_IN_VALUES, items: SCALAR },
    'The field equals one of the values.',
  ),
  SegmentExistsCondition: condition(
    ['exists'],
    { type: 'boolean', default: true },
    'The field has a value (`value` true, the default) or has none (false).',
    false,
  ),
});
