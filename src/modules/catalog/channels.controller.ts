import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth } from '../../common/auth/auth.decorators.js';
import { READERS, WRITERS } from '../../common/auth/roles.js';
import { PAGED_LIST_DESCRIPTION, PageQuery } from '../../common/http/page.js';
import { ApiUpsert, UPSERT_DESCRIPTION, upsertStatus } from '../../common/http/upsert.js';
import { ApiIdParam } from '../../common/openapi/api-param.decorator.js';
import {
  ApiProblem,
  ApiUnavailableProblem,
  INVALID_LIMIT_EXAMPLE,
} from '../../common/openapi/api-problem.decorator.js';
import { ApiTag } from '../../common/openapi/tags.js';
import { IdParamPipe } from '../../common/validation/id-param.pipe.js';
import { toChannelResponse } from './catalog.mapper.js';
import { CatalogService } from './catalog.service.js';
import { PutChannelRequest } from './dto/catalog.request.js';
import { ChannelListResponse, ChannelResponse } from './dto/catalog.response.js';

@ApiTag('catalog')
@ApiUnavailableProblem()
@Controller('channels')
export class ChannelsController {
  constructor(private readonly catalog: CatalogService) {}

  @Put(':id')
  @Auth(...WRITERS)
  @ApiOperation({ operationId: 'putChannel', summary: 'Create or replace a channel.', description: UPSERT_DESCRIPTION })
  @ApiIdParam('id', 'ch_001', 'The channel’s id:')
  @ApiUpsert(ChannelResponse)
  async put(
    @Param('id', IdParamPipe) id: string,
    @Body() body: PutChannelRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ChannelResponse> {
    const { row, created } = await this.catalog.putChannel({ id, name: body.name });
    upsertStatus(reply, created);
    return toChannelResponse(row);
  }

  @Get()
  @Auth(...READERS)
  @ApiOperation({
    operationId: 'listChannels',
    summary: 'Channels, ordered by id.',
    description: PAGED_LIST_DESCRIPTION,
  })
  @ApiOkResponse({ type: ChannelListResponse, description: 'One page of channels.' })
  @ApiProblem(
    400,
    'Invalid limit or cursor, or an unknown query parameter; `errors` names each.',
    INVALID_LIMIT_EXAMPLE,
  )
  async list(@Query() query: PageQuery): Promise<ChannelListResponse> {
    const page = await this.catalog.listChannels(query.cursor, query.limit);
    return { ...page, data: page.data.map(toChannelResponse) };
  }
}
