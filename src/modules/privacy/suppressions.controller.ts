import { Controller, Delete, HttpCode, Param } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorators.js';
import { ApiProblem } from '../../common/openapi/api-problem.decorator.js';
import { IdParamPipe } from '../../common/validation/id-param.pipe.js';
import { ErasureService } from './erasure.service.js';

@ApiTags('privacy')
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
  @ApiNoContentResponse({ description: 'Lifted.' })
  @ApiProblem(400, 'Invalid customer id.')
  @ApiProblem(404, 'The customer is not suppressed.')
  async lift(@Param('customerId', IdParamPipe) customerId: string): Promise<void> {
    await this.erasure.liftSuppression(customerId);
  }
}
