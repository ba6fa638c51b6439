import { MAX_IN_VALUES, MAX_RULE_DEPTH, MAX_RULE_NODES, SEGMENT_OPS } from '../segment-rule.js';

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
