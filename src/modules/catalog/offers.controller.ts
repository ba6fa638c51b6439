import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth } from '../../common/auth/auth.decorators.js';
import { READERS, WRITERS } from '../../common/auth/roles.js';
import { PageQuery, toPage } from '../../common/http/page.js';
import { ApiUpsert, upsertStatus } from '../../common/http/upsert.js';
import { ApiProblem } from '../../common/openapi/api-problem.decorator.js';
import { IdParamPipe } from '../../common/validation/id-param.pipe.js';
import { toOfferResponse } from './catalog.mapper.js';
import { CatalogService } from './catalog.service.js';
import { PutOfferRequest } from './dto/catalog.request.js';
import { OfferListResponse, OfferResponse } from './dto/catalog.response.js';

@ApiTags('catalog')
@Controller('offers')
export class OffersController {
  constructor(private readonly catalog: CatalogService) {}

  @Put(':id')
  @Auth(...WRITERS)
  @ApiOperation({ operationId: 'putOffer', summary: 'Create or replace an offer (action).' })
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
  @ApiOperation({ operationId: 'listOffers', summary: 'Offers (actions), ordered by id.' })
  @ApiOkResponse({ type: OfferListResponse })
  @ApiProblem(400, 'Invalid limit or cursor.')
  async list(@Query() query: PageQuery): Promise<OfferListResponse> {
    const page = toPage(await this.catalog.listOffers(query.cursor, query.limit), query.limit, (o) => o.id);
    return { ...page, data: page.data.map(toOfferResponse) };
  }

  @Get(':id')
  @Auth(...READERS)
  @ApiOperation({ operationId: 'getOffer', summary: 'One offer (action).' })
  @ApiOkResponse({ type: OfferResponse })
  @ApiProblem(400, 'Invalid offer id.')
  @ApiProblem(404, 'No such offer.')
  async get(@Param('id', IdParamPipe) id: string): Promise<OfferResponse> {
    return toOfferResponse(await this.catalog.getOffer(id));
  }
}
