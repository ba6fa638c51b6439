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
import { PutSegmentRequest } from './dto/segment.request.js';
import { SegmentListResponse, SegmentResponse } from './dto/segment.response.js';
import { toSegmentResponse } from './segments.mapper.js';
import { SegmentsService } from './segments.service.js';

@ApiTag('segments')
@ApiUnavailableProblem()
@Controller('segments')
export class SegmentsController {
  constructor(private readonly segments: SegmentsService) {}

  @Put(':id')
  @Auth('admin')
  @ApiOperation({
    operationId: 'putSegment',
    summary: 'Create or replace a segment: a named rule over customers’ attributes and metrics.',
    description:
      'The rule is checked when it is saved (400 naming each bad node, e.g. `rule.all.1.op`) and ' +
      'evaluated whenever a unified profile is read. Fields and metrics a rule names need not be ' +
      'declared yet: a customer without them simply does not match.',
  })
  @ApiIdParam('id', 'high_value', 'The segment’s id:')
  @ApiUpsert(SegmentResponse)
  async put(
    @Param('id', IdParamPipe) id: string,
    @Body() body: PutSegmentRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SegmentResponse> {
    const { row, created } = await this.segments.putSegment({ id, name: body.name, rule: body.rule });
    upsertStatus(reply, created);
    return toSegmentResponse(row);
  }

  @Get()
  @Auth(...READERS)
  @ApiOperation({
    operationId: 'listSegments',
    summary: 'Segments, ordered by id.',
    description: PAGED_LIST_DESCRIPTION,
  })
  @ApiOkResponse({ type: SegmentListResponse, description: 'One page of segments.' })
  @ApiProblem(400, 'Invalid limit or cursor, or an unknown query parameter.', INVALID_LIMIT_EXAMPLE)
  async list(@Query() query: PageQuery): Promise<SegmentListResponse> {
    const page = await this.segments.listSegments(query.cursor, query.limit);
    return { ...page, data: page.data.map(toSegmentResponse) };
  }
}
