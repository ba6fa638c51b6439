import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorators.js';
import { ApiProblem } from '../../common/openapi/api-problem.decorator.js';
import { ApiTag } from '../../common/openapi/tags.js';
import { SummaryRefreshResponse } from './dto/summary-refresh.response.js';
import { toSummaryRefreshResponse } from './summary-refresh.mapper.js';
import { SummaryRefreshService } from './summary-refresh.service.js';

@ApiTag('interaction-summary')
@Controller('interaction-summary')
export class SummaryRefreshController {
  constructor(private readonly refresher: SummaryRefreshService) {}

  @Post('refresh')
  @HttpCode(200)
  @Auth('admin')
  @ApiOperation({
    operationId: 'refreshInteractionSummary',
    summary: 'Refresh the materialized summary tables now.',
    description:
      'Merges the interactions written since the last refresh into the summary tables, in one transaction, ' +
      'and returns what it did. The service also refreshes on its own every `SUMMARY_REFRESH_INTERVAL` ' +
      'seconds. Summaries are exact either way (interactions past the summary tables are counted from the raw ' +
      'history); a refresh makes them cheaper to answer. One refresh runs at a time across all instances: this ' +
      'call waits for a running one to finish, then refreshes.',
  })
  @ApiOkResponse({ type: SummaryRefreshResponse, description: 'Refreshed.' })
  @ApiProblem(409, 'Materialized summaries are disabled (`SUMMARY_MATERIALIZED=false`).', {
    detail:
      'Materialized summaries are disabled (SUMMARY_MATERIALIZED=false): summaries are computed live, ' +
      'and there is nothing to refresh.',
  })
  @ApiProblem(
    503,
    'A long-running write (such as a bulk load) is in progress, or the database is unavailable or busy; ' +
      'retry after the `Retry-After` header’s seconds.',
    {
      detail:
        'Interactions are being written in a long transaction (a bulk load?): the refresh stopped waiting for it ' +
        'so as not to hold up other writes. Summaries stay exact meanwhile; try again later.',
    },
  )
  async refresh(): Promise<SummaryRefreshResponse> {
    return toSummaryRefreshResponse(await this.refresher.refreshNow());
  }
}
