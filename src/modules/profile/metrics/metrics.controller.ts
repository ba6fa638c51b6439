import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth } from '../../../common/auth/auth.decorators.js';
import { READERS } from '../../../common/auth/roles.js';
import { PAGED_LIST_DESCRIPTION, PageQuery, toPage } from '../../../common/http/page.js';
import { ApiUpsert, upsertStatus } from '../../../common/http/upsert.js';
import { ApiIdParam } from '../../../common/openapi/api-param.decorator.js';
import {
  ApiProblem,
  ApiUnavailableProblem,
  INVALID_LIMIT_EXAMPLE,
} from '../../../common/openapi/api-problem.decorator.js';
import { ApiTag } from '../../../common/openapi/tags.js';
import { IdParamPipe } from '../../../common/validation/id-param.pipe.js';
import { PutMetricRequest } from './dto/metric.request.js';
import { MetricListResponse, MetricResponse } from './dto/metric.response.js';
import { toMetricResponse } from './metrics.mapper.js';
import { MetricsService } from './metrics.service.js';

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
    description: 'The name follows the id rule (1–128 letters, digits, `_ - . : @`).',
  })
  @ApiIdParam('name', 'engagement_score', 'The metric’s name:')
  @ApiUpsert(MetricResponse)
  async put(
    @Param('name', IdParamPipe) name: string,
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
    const page = toPage(await this.metrics.listMetrics(query.cursor, query.limit), query.limit, (m) => m.name);
    return { ...page, data: page.data.map(toMetricResponse) };
  }
}
