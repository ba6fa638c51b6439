import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Auth } from '../../../common/auth/auth.decorators.js';
import { READERS, WRITERS } from '../../../common/auth/roles.js';
import { ApiIdParam } from '../../../common/openapi/api-param.decorator.js';
import { ApiProblem, ApiUnavailableProblem, invalidIdExample } from '../../../common/openapi/api-problem.decorator.js';
import { ApiTag } from '../../../common/openapi/tags.js';
import { IdParamPipe } from '../../../common/validation/id-param.pipe.js';
import { PutCustomerMetricsRequest } from './dto/metric.request.js';
import { CustomerMetricsResponse } from './dto/metric.response.js';
import { MAX_METRIC_VALUES } from './metric-values.js';
import { toCustomerMetricsResponse } from './metrics.mapper.js';
import { MetricsService } from './metrics.service.js';

@ApiTag('metrics')
@ApiUnavailableProblem()
@Controller('customers/:id/metrics')
export class CustomerMetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Put()
  @Auth(...WRITERS)
  @ApiOperation({
    operationId: 'putCustomerMetrics',
    summary: 'Set some of a customer’s metric values.',
    description:
      `Merges 1–${MAX_METRIC_VALUES} values into the customer’s metrics: the metrics named are set, ` +
      'the others keep their values (there is no way to clear one here; erasing the customer ' +
      'clears all). All or nothing: an unknown metric is a 422 naming `values.<name>`, and ' +
      'nothing is written. Replaying the same body gives the same state. Returns every metric ' +
      'value the customer has after the write.',
  })
  @ApiIdParam('id', 'CUST001', 'The customer’s id:')
  @ApiOkResponse({ type: CustomerMetricsResponse, description: 'Every metric value the customer has after the write.' })
  @ApiProblem(400, 'Invalid id or body; `errors` names each bad field (`values.<name>`).')
  @ApiProblem(422, 'A metric is not defined; `errors` names each as `values.<name>`.', {
    detail: 'metric engagement_score does not exist',
    errors: [{ field: 'values.engagement_score', message: 'metric engagement_score does not exist' }],
  })
  async put(
    @Param('id', IdParamPipe) customerId: string,
    @Body() body: PutCustomerMetricsRequest,
  ): Promise<CustomerMetricsResponse> {
    return toCustomerMetricsResponse(customerId, await this.metrics.putValues(customerId, body.values));
  }

  @Get()
  @Auth(...READERS)
  @ApiOperation({
    operationId: 'getCustomerMetrics',
    summary: 'A customer’s metric values (an empty map when there are none).',
    description:
      'Every metric value the customer has, by metric name. A customer without any is not a 404: the map is empty.',
  })
  @ApiIdParam('id', 'CUST001', 'The customer’s id:')
  @ApiOkResponse({ type: CustomerMetricsResponse, description: 'The customer’s metric values.' })
  @ApiProblem(400, 'Invalid customer id.', invalidIdExample())
  async get(@Param('id', IdParamPipe) customerId: string): Promise<CustomerMetricsResponse> {
    return toCustomerMetricsResponse(customerId, await this.metrics.values(customerId));
  }
}
