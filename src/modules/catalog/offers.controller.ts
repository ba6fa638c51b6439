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
  invalidIdExample,
} from '../../common/openapi/api-problem.decorator.js';
import { ApiTag } from '../../common/openapi/tags.js';
import { IdParamPipe } from '../../common/validation/id-param.pipe.js';
import { toOfferResponse } from './catalog.mapper.js';
import { CatalogService } from './catalog.service.js';
import { PutOfferRequest } from './dto/catalog.request.js';
import { OfferListResponse, OfferResponse } from './dto/catalog.response.js';

@ApiTag('catalog')
@ApiUnavailableProblem()
@Controller('offers')
export class OffersController {
  constructor(private readonly catalog: CatalogService) {}

  @Put(':id')
  @Auth(...WRITERS)
  @ApiOperation({
    operationId: 'putOffer',
    summary: 'Create or replace an offer (action).',
    description: UPSERT_DESCRIPTION,
  })
  @ApiIdParam('id', 'offer_001', 'The offer’s id:')
  @ApiUpsert(OfferResponse)
  async put(
    @Param('id', IdParamPipe) id: string,
    @Body() body: PutOfferRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OfferResponse> {
    const { row, created } = await this.catalog.putOffer({ id, ...body });
    upsertStatus(reply, created);
    return toOfferResponse(row);
  }

  @Get()
  @Auth(...READERS)
  @ApiOperation({
    operationId: 'listOffers',
    summary: 'Offers (actions), ordered by id.',
    description: PAGED_LIST_DESCRIPTION,
  })
  @ApiOkResponse({ type: OfferListResponse, description: 'One page of offers.' })
  @ApiProblem(
    400,
    'Invalid limit or cursor, or an unknown query parameter; `errors` names each.',
    INVALID_LIMIT_EXAMPLE,
  )
  async list(@Query() query: PageQuery): Promise<OfferListResponse> {
    const page = await this.catalog.listOffers(query.cursor, query.limit);
    return { ...page, data: page.data.map(toOfferResponse) };
  }

  @Get(':id')
  @Auth(...READERS)
  @ApiOperation({
    operationId: 'getOffer',
    summary: 'One offer (action).',
    description: 'The offer with this id, as its last `PUT` left it; 404 when there is none.',
  })
  @ApiIdParam('id', 'offer_001', 'The offer’s id:')
  @ApiOkResponse({ type: OfferResponse, description: 'The offer.' })
  @ApiProblem(400, 'Invalid offer id.', invalidIdExample())
  @ApiProblem(404, 'No such offer.', { detail: 'offer offer_001 does not exist' })
  async get(@Param('id', IdParamPipe) id: string): Promise<OfferResponse> {
    return toOfferResponse(await this.catalog.getOffer(id));
  }
}
