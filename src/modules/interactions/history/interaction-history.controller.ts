import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Auth } from '../../../common/auth/auth.decorators.js';
import { READERS } from '../../../common/auth/roles.js';
import { ApiProblem, ApiUnavailableProblem } from '../../../common/openapi/api-problem.decorator.js';
import { ApiTag } from '../../../common/openapi/tags.js';
import { INTERACTION_HISTORY_EXAMPLE } from './dto/interaction-history.examples.js';
import { ListInteractionHistoryQuery } from './dto/interaction-history.request.js';
import { InteractionHistoryResponse } from './dto/interaction-history.response.js';
import { toInteractionHistoryResponse } from './interaction-history.mapper.js';
import { InteractionHistoryService } from './interaction-history.service.js';

@ApiTag('interactions')
@ApiUnavailableProblem()
@Controller('interaction-history')
export class InteractionHistoryController {
  constructor(private readonly history: InteractionHistoryService) {}

  @Get()
  @Auth(...READERS)
  @ApiOperation({
    operationId: 'listInteractionHistory',
    summary: 'Interactions matching the filters, newest first, with cursor pagination.',
    description:
      'Filters combine with AND; `actionId` is an alias of `offerId` and `treatmentId` of `creativeId`. ' +
      'Rows are ordered by `timestamp`, then `id`, both descending (then `customerId`: ids are unique per ' +
      'customer only). Walking `nextCursor` returns every matching row exactly once, even while new ' +
      'interactions are written; a cursor only works with the filters it was made with. `total` is the ' +
      'exact number of matching rows across all pages.',
  })
  @ApiOkResponse({
    type: InteractionHistoryResponse,
    description: 'One page of matching interactions and their total.',
    example: INTERACTION_HISTORY_EXAMPLE,
  })
  @ApiProblem(
    400,
    'An invalid or unknown query parameter, an unknown `type`, a `limit` outside 1–100, an alias that ' +
      'contradicts its name, or a `cursor` that is malformed, altered or was made for other filters; ' +
      '`errors` names each.',
    {
      detail: 'limit: limit must not be greater than 100',
      errors: [{ field: 'limit', message: 'limit must not be greater than 100' }],
    },
  )
  async list(@Query() query: ListInteractionHistoryQuery): Promise<InteractionHistoryResponse> {
    return toInteractionHistoryResponse(await this.history.list(query));
  }
}
