import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth } from '../../../common/auth/auth.decorators.js';
import { READERS } from '../../../common/auth/roles.js';
import { PAGED_LIST_DESCRIPTION, PageQuery } from '../../../common/http/page.js';
import { ApiUpsert, upsertStatus } from '../../../common/http/upsert.js';
import { ApiNameParam } from '../../../common/openapi/api-param.decorator.js';
import {
  ApiProblem,
  ApiUnavailableProblem,
  INVALID_LIMIT_EXAMPLE,
} from '../../../common/openapi/api-problem.decorator.js';
import { ApiTag } from '../../../common/openapi/tags.js';
import { PutMetricRequest } from './dto/metric.request.js';
import { MetricListResponse, MetricResponse } from './dto/metric.response.js';
import { toMetricResponse } from './metrics.mapper.js';
import { MetricsService } from './metrics.service.js';
import { MetricNameParamPipe } from './metric-name-param.pipe.js';
import { METRIC_NAME_PATTERN, METRIC_NAME_RULE } from '../shared/names.js';

@ApiTag('metrics')
@ApiUnavailableProblem()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Put(':name')
  @Auth('admin')
  @ApiOperation({
    operationId: 'putMetric',
    summary: 'Define a metric: a named numeric value customers may have.',
    description: `The name is ${METRIC_NAME_RULE}.`,
  })
  @ApiNameParam('name', {
    pattern: METRIC_NAME_PATTERN,
    rule: METRIC_NAME_RULE,
    example: 'engagement_score',
    description: 'The metric’s name:',
  })
  @ApiUpsert(MetricResponse)
  async put(
    @Param('name', MetricNameParamPipe) name: string,
    @Body() body: PutMetricRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MetricResponse> {
    const { row, created } = await this.metrics.putMetric({ name, description: body.description });
    upsertStatus(reply, created);
    return toMetricResponse(row);
  }

  @Get()
  @Auth(...READERS)
  @ApiOperation({
    operationId: 'listMetrics',
    summary: 'Metric definitions, ordered by name.',
    description: PAGED_LIST_DESCRIPTION,
  })
  @ApiOkResponse({ type: MetricListResponse, description: 'One page of metric definitions.' })
  @ApiProblem(400, 'Invalid limit or cursor, or an unknown query parameter.', INVALID_LIMIT_EXAMPLE)
  async list(@Query() query: PageQuery): Promise<MetricListResponse> {
    const page = await this.metrics.listMetrics(query.cursor, query.limit);
    return { ...page, data: page.data.map(toMetricResponse) };
  }
}
