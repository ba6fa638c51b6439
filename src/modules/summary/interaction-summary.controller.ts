import { Controller, Get, Query } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Auth } from '../../common/auth/auth.decorators.js';
import { READERS } from '../../common/auth/roles.js';
import { ApiProblem, ApiUnavailableProblem } from '../../common/openapi/api-problem.decorator.js';
import { ApiTag } from '../../common/openapi/tags.js';
import { INTERACTION_SUMMARY_EXAMPLES } from './dto/interaction-summary.examples.js';
import { InteractionSummaryQuery } from './dto/interaction-summary.request.js';
import {
  INTERACTION_SUMMARY_RESPONSES,
  INTERACTION_SUMMARY_SCHEMA,
  type InteractionSummaryResponse,
} from './dto/interaction-summary.response.js';
import { toInteractionSummaryResponse } from './interaction-summary.mapper.js';
import { InteractionSummaryService } from './interaction-summary.service.js';

@ApiTag('interaction-summary')
@ApiUnavailableProblem()
@Controller('interaction-summary')
export class InteractionSummaryController {
  constructor(private readonly summaries: InteractionSummaryService) {}

  @Get()
  @Auth(...READERS)
  @ApiOperation({
    operationId: 'getInteractionSummary',
    summary:
      'Interaction counts, click-through and conversion rates, grouped by action, treatment, channel or customer.',
    description:
      'Counts the interactions with `timestamp > now − days × 24 h` per group; only groups with at least one ' +
      'interaction in the window appear. Rows are sorted by `total` descending, then by id ascending (byte ' +
      'order; `customerId` for customers), and cut at `limit`: `hasMore` says whether more groups exist.\n\n' +
      '`ctr` = click / impression × 100 and `cvr` = convert / impression × 100, rounded to 2 decimals (halves ' +
      'away from zero), 0 when there are no impressions. Customer rows carry counts and `uniqueActions` (distinct ' +
      'offers), as in the original specification.\n\n' +
      'Interactions recorded without a creative count for `action` and `customer`, but belong to no treatment ' +
      'and so to no channel: they are left out of `treatment` and `channel`. A channel row counts the ' +
      'interactions of the creatives currently on that channel.\n\n' +
      'The numbers are exact: an interaction counts as soon as its write has returned. `source` says how they ' +
      'were obtained: `materialized` (from the summary tables), `mixed` (the summary tables, and the interaction ' +
      'history for what they do not cover: interactions written since their last refresh, and those between the ' +
      "window's start and the next whole hour, or for `customer` the next whole day) or `live` (aggregated from " +
      'the interaction history for this request: before the first refresh, when the summary tables are disabled, ' +
      'and for a `customer` window holding too few interactions for the summary tables to pay off). ' +
      '`refreshedAt` says when the summary tables used were last refreshed (null when none were).',
  })
  @ApiExtraModels(...INTERACTION_SUMMARY_RESPONSES)
  @ApiOkResponse({
    description: 'One of four shapes, told apart by `groupBy`.',
    schema: INTERACTION_SUMMARY_SCHEMA,
    examples: INTERACTION_SUMMARY_EXAMPLES,
  })
  @ApiProblem(400, 'Unknown `groupBy`, `days` or `limit` out of range or not an integer, or an unknown parameter.', {
    detail: 'groupBy: groupBy must be one of: action, treatment, channel, customer',
    errors: [{ field: 'groupBy', message: 'groupBy must be one of: action, treatment, channel, customer' }],
  })
  async get(@Query() query: InteractionSummaryQuery): Promise<InteractionSummaryResponse> {
    return toInteractionSummaryResponse(await this.summaries.summarize(query));
  }
}
