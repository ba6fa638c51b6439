import { Controller, Delete, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Auth, CurrentPrincipal } from '../../common/auth/auth.decorators.js';
import type { Principal } from '../../common/auth/roles.js';
import { ApiIdParam } from '../../common/openapi/api-param.decorator.js';
import { ApiProblem, ApiUnavailableProblem } from '../../common/openapi/api-problem.decorator.js';
import { ApiTag } from '../../common/openapi/tags.js';
import { IdParamPipe } from '../../common/validation/id-param.pipe.js';
import { EraseCustomerQuery } from './dto/erasure.request.js';
import { ERASE_CUSTOMER_EXAMPLE } from './dto/erasure.examples.js';
import { EraseCustomerResponse } from './dto/erasure.response.js';
import { ErasureService } from './erasure.service.js';
import { toEraseCustomerResponse } from './privacy.mapper.js';

@ApiTag('privacy')
@ApiUnavailableProblem()
@Controller('customers')
export class CustomerErasuresController {
  constructor(private readonly erasure: ErasureService) {}

  @Delete(':id')
  @Auth('admin')
  @ApiOperation({
    operationId: 'eraseCustomer',
    summary: 'Erase all data of a customer (GDPR right to erasure).',
    description:
      'Deletes the customer’s interaction history, interaction summaries, experiment assignments, ' +
      'impression records, schema-table records (`attributes`) and metric values in one ' +
      'transaction: all of it is gone, or none of it. Writes for the same customer that run ' +
      'concurrently land wholly before (and are erased) or wholly after. Idempotent: a customer ' +
      'with no data is 200 with all counts 0. Every call leaves a receipt without personal data ' +
      '(`GET /privacy/erasures`). This cannot be undone.',
  })
  @ApiIdParam('id', 'CUST001', 'The customer’s id:')
  @ApiOkResponse({
    type: EraseCustomerResponse,
    description: 'Erased; the counts say what was removed.',
    example: ERASE_CUSTOMER_EXAMPLE,
  })
  @ApiProblem(400, 'Invalid customer id, or `suppress` is neither true nor false.', {
    detail: 'suppress: suppress must be true or false',
    errors: [{ field: 'suppress', message: 'suppress must be true or false' }],
  })
  async erase(
    @Param('id', IdParamPipe) id: string,
    @Query() query: EraseCustomerQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EraseCustomerResponse> {
    const counts = await this.erasure.erase(id, { suppress: query.suppress ?? false, requestedBy: principal.subject });
    return toEraseCustomerResponse(counts);
  }
}
