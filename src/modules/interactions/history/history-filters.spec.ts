import { DomainError } from '../../../common/errors/domain-error.js';
import { resolveHistoryFilters } from './history-filters.js';

describe('resolveHistoryFilters', () => {
  it('passes the filters through by their own names', () => {
    expect(resolveHistoryFilters({ customerId: 'C1', offerId: 'o1', creativeId: 'c1', type: 'click' })).toEqual({
      customerId: 'C1',
      offerId: 'o1',
      creativeId: 'c1',
      type: 'click',
    });
  });

  it('reads actionId as offerId and treatmentId as creativeId', () => {
    expect(resolveHistoryFilters({ actionId: 'o1', treatmentId: 'c1' })).toEqual({
      customerId: undefined,
      offerId: 'o1',
      creativeId: 'c1',
      type: undefined,
    });
  });

  it('accepts a name and its alias with the same value', () => {
    expect(resolveHistoryFilters({ offerId: 'o1', actionId: 'o1', creativeId: 'c1', treatmentId: 'c1' })).toEqual(
      resolveHistoryFilters({ offerId: 'o1', creativeId: 'c1' }),
    );
  });

  it('rejects a name and its alias with different values, naming each alias', () => {
    let thrown: unknown;
    try {
      resolveHistoryFilters({ offerId: 'o1', actionId: 'o2', creativeId: 'c1', treatmentId: 'c2' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).code).toBe('invalid_input');
    expect((thrown as DomainError).errors?.map((e) => e.field)).toEqual(['actionId', 'treatmentId']);
  });
});
