import { EnumField, IntField } from '../../../common/validation/fields.js';
import { GROUP_BY, type GroupBy } from '../summary-source.js';

export const MAX_SUMMARY_DAYS = 3650;
export const MAX_SUMMARY_LIMIT = 1000;

export class InteractionSummaryQuery {
  @EnumField(GROUP_BY, {
    optional: true,
    enumName: 'InteractionSummaryGroupBy',
    description:
      'What to group by: `action` (offer), `treatment` (creative), `channel` (the creative’s channel) ' +
      'or `customer`. Default: `action`.',
  })
  groupBy: GroupBy = 'action';

  @IntField({
    min: 1,
    max: MAX_SUMMARY_DAYS,
    default: 30,
    optional: true,
    description: 'Lookback window in days: interactions with `timestamp > now − days × 24 h`.',
  })
  days: number = 30;

  @IntField({
    min: 1,
    max: MAX_SUMMARY_LIMIT,
    default: 100,
    optional: true,
    description: 'Most groups to return, those with the highest totals; `hasMore` says whether others exist.',
  })
  limit: number = 100;
}
