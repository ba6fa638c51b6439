import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorators.js';
import { WRITERS } from '../../common/auth/roles.js';
import { ApiUnavailableProblem } from '../../common/openapi/api-problem.decorator.js';
import { ApiTag } from '../../common/openapi/tags.js';
import { OpenApiBody } from '../../common/validation/openapi-body.js';
import { ApiIngestProblems } from './dto/ingest.problems.js';
import { IngestInteractionsRequest } from './dto/ingest.request.js';
import { IngestResponse } from './dto/ingest.response.js';
import { EventIngestService } from './event-ingest.service.js';

@ApiTag('interactions')
@ApiUnavailableProblem()
@Controller('interactions')
export class InteractionsController {
  constructor(private readonly ingest: EventIngestService) {}

  @Post()
  @HttpCode(200)
  @Auth(...WRITERS)
  @ApiOperation({
    operationId: 'ingestInteractions',
    summary: 'Record a batch of 1–1000 interactions, all or nothing.',
    description:
      'Idempotent per customerId + id: items whose id the customer already has (or that repeat one ' +
      'earlier in the batch) are counted as `duplicates`, not stored again. Items of suppressed ' +
      '(erased) customers are counted as `suppressed`, not stored. Customer summaries are updated ' +
      'in the same transaction.',
  })
  @ApiOkResponse({ type: IngestResponse, description: 'What became of each item: stored, duplicate or suppressed.' })
  @ApiIngestProblems('interactions')
  @ApiBody({ type: IngestInteractionsRequest })
  create(@OpenApiBody(IngestInteractionsRequest) body: IngestInteractionsRequest): Promise<IngestResponse> {
    return this.ingest.ingestInteractions(body.interactions);
  }
}
