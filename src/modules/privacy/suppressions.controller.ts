import { Controller, Delete, HttpCode, Param } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorators.js';
import { ApiIdParam } from '../../common/openapi/api-param.decorator.js';
import { ApiProblem, ApiUnavailableProblem, invalidIdExample } from '../../common/openapi/api-problem.decorator.js';
import { ApiTag } from '../../common/openapi/tags.js';
import { IdParamPipe } from '../../common/validation/id-param.pipe.js';
import { ErasureService } from './erasure.service.js';

@ApiTag('privacy')
@ApiUnavailableProblem()
@Controller('privacy/suppressions')
export class SuppressionsController {
  constructor(private readonly erasure: ErasureService) {}

  @Delete(':customerId')
  @HttpCode(204)
  @Auth('admin')
  @ApiOperation({
    operationId: 'liftSuppression',
    summary: 'Lift the suppression of an erased customer.',
    description:
      'After this, interactions and impressions for the customer are stored again. The ' +
      'suppression was made by `DELETE /customers/{id}?suppress=true`.',
  })
  @ApiIdParam('customerId', 'CUST001', 'The erased customer’s id:')
  @ApiNoContentResponse({ description: 'Lifted.' })
  @ApiProblem(400, 'Invalid customer id.', invalidIdExample('customerId'))
  @ApiProblem(404, 'The customer is not suppressed.', { detail: 'This customer is not suppressed.' })
  async lift(@Param('customerId', IdParamPipe) customerId: string): Promise<void> {
    await this.erasure.liftSuppression(customerId);
  }
}
