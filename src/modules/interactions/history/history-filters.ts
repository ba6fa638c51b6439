import { DomainError, type FieldError } from '../../../common/errors/domain-error.js';
import type { InteractionType } from '../interaction.entity.js';

/** What a history request filters on, aliases resolved. Every filter is optional; they combine with AND. */
export interface HistoryFilters {
  customerId?: string;
  offerId?: string;
  creativeId?: string;
  type?: InteractionType;
}

/** The query as the client may spell it: `actionId` is `offerId`, `treatmentId` is `creativeId`. */
export interface HistoryFilterQuery extends HistoryFilters {
  actionId?: string;
  treatmentId?: string;
}

/**
 * Resolves the aliases: either spelling alone, or both with the same value, is the filter;
 * both with different values is a 400 naming the alias (AND of the two would match nothing,
 * which is never what a caller meant).
 */
export function resolveHistoryFilters(query: HistoryFilterQuery): HistoryFilters {
  const errors: FieldError[] = [];
  const pick = (name: string, value: string | undefined, alias: string, aliasValue: string | undefined) => {
    if (value !== undefined && aliasValue !== undefined && value !== aliasValue) {
      errors.push({
        field: alias,
        message: `${alias} is an alias of ${name}: give one of them, or both with the same value (got ${name}=${value}, ${alias}=${aliasValue})`,
      });
    }
    return value ?? aliasValue;
  };
  const filters: HistoryFilters = {
    customerId: query.customerId,
    offerId: pick('offerId', query.offerId, 'actionId', query.actionId),
    creativeId: pick('creativeId', query.creativeId, 'treatmentId', query.treatmentId),
    type: query.type,
  };
  if (errors.length > 0) {
    throw new DomainError('invalid_input', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
  }
  return filters;
}
