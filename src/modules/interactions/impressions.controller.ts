import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorators.js';
import { WRITERS } from '../../common/auth/roles.js';
import { ApiUnavailableProblem } from '../../common/openapi/api-problem.decorator.js';
import { ApiTag } from '../../common/openapi/tags.js';
import { OpenApiBody } from '../../common/validation/openapi-body.js';
import { ApiIngestProblems } from './dto/ingest.problems.js';
import { IngestImpressionsRequest } from './dto/ingest.request.js';
import { IngestResponse } from './dto/ingest.response.js';
import { EventIngestService } from './event-ingest.service.js';

@ApiTag('interactions')
@ApiUnavailableProblem()
@Controller('impressions')
export class ImpressionsController {
  constructor(private readonly ingest: EventIngestService) {}

  @Post()
  @HttpCode(200)
  @Auth(...WRITERS)
  @ApiOperation({
    operationId: 'ingestImpressions',
    summary: 'Record a batch of 1–1000 served-offer impressions (for frequency capping), all or nothing.',
    description:
      'Idempotent per customerId + id: items whose id the customer already has (or that repeat one ' +
      'earlier in the batch) are counted as `duplicates`, not stored again. Items of suppressed ' +
      '(erased) customers are counted as `suppressed`, not stored.',
  })
  @ApiOkResponse({ type: IngestResponse, description: 'What became of each item: stored, duplicate or suppressed.' })
  @ApiIngestProblems('impressions')
  @ApiBody({ type: IngestImpressionsRequest })
  create(@OpenApiBody(IngestImpressionsRequest) body: IngestImpressionsRequest): Promise<IngestResponse> {
    return this.ingest.ingestImpressions(body.impressions);
  }
}
