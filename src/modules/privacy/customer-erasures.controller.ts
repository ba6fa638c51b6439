import { Controller, Delete, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, CurrentPrincipal } from '../../common/auth/auth.decorators.js';
import type { Principal } from '../../common/auth/roles.js';
import { ApiProblem } from '../../common/openapi/api-problem.decorator.js';
import { IdParamPipe } from '../../common/validation/id-param.pipe.js';
import { EraseCustomerQuery } from './dto/erasure.request.js';
import { EraseCustomerResponse } from './dto/erasure.response.js';
import { ErasureService } from './erasure.service.js';
import { toEraseCustomerResponse } from './privacy.mapper.js';

@ApiTags('privacy')
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
  @ApiOkResponse({ type: EraseCustomerResponse, description: 'Erased; the counts say what was removed.' })
  @ApiProblem(400, 'Invalid customer id, or `suppress` is neither true nor false.')
  async erase(
    @Param('id', IdParamPipe) id: string,
    @Query() query: EraseCustomerQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EraseCustomerResponse> {
    const counts = await this.erasure.erase(id, { suppress: query.suppress ?? false, requestedBy: principal.subject });
    return toEraseCustomerResponse(counts);
  }
}
