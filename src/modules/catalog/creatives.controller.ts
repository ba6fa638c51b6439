import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth } from '../../common/auth/auth.decorators.js';
import { READERS, WRITERS } from '../../common/auth/roles.js';
import { PAGED_LIST_DESCRIPTION } from '../../common/http/page.js';
import { ApiUpsert, UPSERT_DESCRIPTION, upsertStatus } from '../../common/http/upsert.js';
import { ApiIdParam } from '../../common/openapi/api-param.decorator.js';
import {
  ApiProblem,
  ApiUnavailableProblem,
  INVALID_LIMIT_EXAMPLE,
} from '../../common/openapi/api-problem.decorator.js';
import { ApiTag } from '../../common/openapi/tags.js';
import { IdParamPipe } from '../../common/validation/id-param.pipe.js';
import { toCreativeResponse } from './catalog.mapper.js';
import { CatalogService } from './catalog.service.js';
import { ListCreativesQuery, PutCreativeRequest } from './dto/catalog.request.js';
import { CreativeListResponse, CreativeResponse } from './dto/catalog.response.js';

@ApiTag('catalog')
@ApiUnavailableProblem()
@Controller('creatives')
export class CreativesController {
  constructor(private readonly catalog: CatalogService) {}

  @Put(':id')
  @Auth(...WRITERS)
  @ApiOperation({
    operationId: 'putCreative',
    summary: 'Create or replace a creative (treatment).',
    description: `Its offer and channel must exist (else 422). ${UPSERT_DESCRIPTION}`,
  })
  @ApiIdParam('id', 'creative_001', 'The creative’s id:')
  @ApiUpsert(CreativeResponse)
  @ApiProblem(422, 'The offer or channel does not exist; `errors` names which.', {
    detail: 'offer offer_001 does not exist',
    errors: [{ field: 'offerId', message: 'offer offer_001 does not exist' }],
  })
  async put(
    @Param('id', IdParamPipe) id: string,
    @Body() body: PutCreativeRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CreativeResponse> {
    const { row, created } = await this.catalog.putCreative({ id, ...body });
    upsertStatus(reply, created);
    return toCreativeResponse(row);
  }

  @Get()
  @Auth(...READERS)
  @ApiOperation({
    operationId: 'listCreatives',
    summary: 'Creatives (treatments), ordered by id.',
    description: `\`offerId\` and \`channelId\` filter (together: both must match). ${PAGED_LIST_DESCRIPTION}`,
  })
  @ApiOkResponse({ type: CreativeListResponse, description: 'One page of creatives.' })
  @ApiProblem(
    400,
    'Invalid limit, cursor, offerId or channelId, or an unknown query parameter; `errors` names each.',
    INVALID_LIMIT_EXAMPLE,
  )
  async list(@Query() query: ListCreativesQuery): Promise<CreativeListResponse> {
    const { offerId, channelId, cursor, limit } = query;
    const page = await this.catalog.listCreatives({ offerId, channelId }, cursor, limit);
    return { ...page, data: page.data.map(toCreativeResponse) };
  }
}
