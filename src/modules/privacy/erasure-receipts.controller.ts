import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorators.js';
import {
  ApiProblem,
  ApiUnavailableProblem,
  INVALID_LIMIT_EXAMPLE,
} from '../../common/openapi/api-problem.decorator.js';
import { ApiTag } from '../../common/openapi/tags.js';
import { ListErasuresQuery } from './dto/erasure.request.js';
import { ErasureReceiptListResponse } from './dto/erasure.response.js';
import { ErasureService } from './erasure.service.js';
import { toErasureReceiptResponse } from './privacy.mapper.js';

@ApiTag('privacy')
@ApiUnavailableProblem()
@Controller('privacy/erasures')
export class ErasureReceiptsController {
  constructor(private readonly erasure: ErasureService) {}

  @Get()
  @Auth('admin')
  @ApiOperation({
    operationId: 'listErasures',
    summary: 'Erasure receipts, newest first.',
    description:
      'One receipt per erasure: a keyed hash of the customer id (never the id), the counts, ' +
      'whether it suppressed the customer, who asked and when. `customerId` answers "was this ' +
      'customer erased?": it is hashed and matched. Ordered by `requestedAt` desc, then `id` desc.',
  })
  @ApiOkResponse({ type: ErasureReceiptListResponse, description: 'A page of receipts.' })
  @ApiProblem(400, 'Invalid limit, cursor or customerId; `errors` names each.', INVALID_LIMIT_EXAMPLE)
  async list(@Query() query: ListErasuresQuery): Promise<ErasureReceiptListResponse> {
    const page = await this.erasure.listReceipts(query.customerId, query.cursor, query.limit);
    return { ...page, data: page.data.map(toErasureReceiptResponse) };
  }
}
