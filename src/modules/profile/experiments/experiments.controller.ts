import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth } from '../../../common/auth/auth.decorators.js';
import { READERS } from '../../../common/auth/roles.js';
import { PAGED_LIST_DESCRIPTION, PageQuery } from '../../../common/http/page.js';
import { ApiUpsert, upsertStatus } from '../../../common/http/upsert.js';
import { ApiIdParam } from '../../../common/openapi/api-param.decorator.js';
import {
  ApiProblem,
  ApiUnavailableProblem,
  INVALID_LIMIT_EXAMPLE,
} from '../../../common/openapi/api-problem.decorator.js';
import { ApiTag } from '../../../common/openapi/tags.js';
import { IdParamPipe } from '../../../common/validation/id-param.pipe.js';
import { PutExperimentRequest } from './dto/experiment.request.js';
import { ExperimentListResponse, ExperimentResponse } from './dto/experiment.response.js';
import { toExperimentResponse } from './experiments.mapper.js';
import { ExperimentsService } from './experiments.service.js';

@ApiTag('experiments')
@ApiUnavailableProblem()
@Controller('experiments')
export class ExperimentsController {
  constructor(private readonly experiments: ExperimentsService) {}

  @Put(':id')
  @Auth('admin')
  @ApiOperation({
    operationId: 'putExperiment',
    summary: 'Create or replace an experiment (an A/B test) and its variants.',
    description:
      'Variants may be added or reordered freely. A variant may be removed (or renamed) only while ' +
      'no customer is assigned it; otherwise the request is a 409 naming it, and nothing changes.',
  })
  @ApiIdParam('id', 'exp_hero_2026', 'The experiment’s id:')
  @ApiUpsert(ExperimentResponse)
  @ApiProblem(409, 'A removed variant is still assigned to customers.', {
    detail: 'variant treatment cannot be removed: customers are assigned to it',
    errors: [{ field: 'variants', message: 'variant treatment cannot be removed: customers are assigned to it' }],
  })
  async put(
    @Param('id', IdParamPipe) id: string,
    @Body() body: PutExperimentRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ExperimentResponse> {
    const { row, created } = await this.experiments.putExperiment({ id, name: body.name, variants: body.variants });
    upsertStatus(reply, created);
    return toExperimentResponse(row);
  }

  @Get()
  @Auth(...READERS)
  @ApiOperation({
    operationId: 'listExperiments',
    summary: 'Experiments, ordered by id.',
    description: PAGED_LIST_DESCRIPTION,
  })
  @ApiOkResponse({ type: ExperimentListResponse, description: 'One page of experiments.' })
  @ApiProblem(400, 'Invalid limit or cursor, or an unknown query parameter.', INVALID_LIMIT_EXAMPLE)
  async list(@Query() query: PageQuery): Promise<ExperimentListResponse> {
    const page = await this.experiments.listExperiments(query.cursor, query.limit);
    return { ...page, data: page.data.map(toExperimentResponse) };
  }
}
