import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Auth } from '../../../common/auth/auth.decorators.js';
import { ApiIdParam } from '../../../common/openapi/api-param.decorator.js';
import { ApiProblem, ApiUnavailableProblem } from '../../../common/openapi/api-problem.decorator.js';
import { ApiTag } from '../../../common/openapi/tags.js';
import { IdParamPipe } from '../../../common/validation/id-param.pipe.js';
import { UNIFIED_PROFILE_EXAMPLE } from './dto/unified-profile.examples.js';
import { UnifiedProfileQuery } from './dto/unified-profile.request.js';
import { RECENT_INTERACTIONS_LIMIT, UnifiedProfileResponse } from './dto/unified-profile.response.js';
import { PROFILE_SECTIONS, requestedSections, sectionsProblem } from './profile-sections.js';
import { toUnifiedProfileResponse } from './unified-profile.mapper.js';
import { UnifiedProfileService } from './unified-profile.service.js';

const SECTIONS_PROBLEM_EXAMPLE = sectionsProblem(['foo']);

@ApiTag('unified-profile')
@ApiUnavailableProblem()
@Controller('customers/:id/unified-profile')
export class UnifiedProfileController {
  constructor(private readonly profiles: UnifiedProfileService) {}

  @Get()
  @Auth('admin', 'editor', 'viewer')
  @ApiOperation({
    operationId: 'getUnifiedProfile',
    summary: 'A customer’s 360-degree profile: attributes, interactions, metrics, segments, experiments.',
    description:
      `The body has \`customerId\` and exactly the sections asked for in \`sections\` (${PROFILE_SECTIONS.join(', ')}; ` +
      'all of them when it is left out). A section asked for is always present, empty when the customer has ' +
      'nothing in it; a section not asked for is absent.\n\n' +
      '- `attributes`: the customer’s records from every schema table, merged into one object. When two tables ' +
      'have the same field, **the table created first wins** (the order of `GET /schema-tables`); a record that ' +
      'does not store the field leaves it to the next table, while a stored null wins like any value.\n' +
      `- \`interactions\`: \`totalCount\`, all of the customer’s interactions ever, and the ${RECENT_INTERACTIONS_LIMIT} ` +
      'newest (by timestamp, then by interaction id, both descending).\n' +
      '- `metrics`: every metric value the customer has, by name.\n' +
      '- `segments`: ids of the segments whose rule the customer satisfies now (evaluated against the attributes ' +
      'and metrics above, whether or not those are asked for), sorted.\n' +
      '- `experiments`: the customer’s assignments, sorted by `experimentId`.\n\n' +
      'A customer with no data anywhere (no record, interaction, impression record, metric value or experiment ' +
      'assignment) is a 404, whatever the sections; one with data only outside the sections asked for gets them empty.',
  })
  @ApiIdParam('id', 'CUST001', 'The customer’s id:')
  @ApiOkResponse({
    type: UnifiedProfileResponse,
    example: UNIFIED_PROFILE_EXAMPLE,
    description: 'The profile: `customerId` and exactly the sections asked for.',
  })
  @ApiProblem(400, 'Invalid customer id, or a bad `sections` list; `errors` names `id` or `sections`.', {
    detail: `sections: ${SECTIONS_PROBLEM_EXAMPLE}`,
    errors: [{ field: 'sections', message: SECTIONS_PROBLEM_EXAMPLE }],
  })
  @ApiProblem(404, 'No data is stored for this customer.', { detail: 'No data is stored for this customer.' })
  async get(
    @Param('id', IdParamPipe) customerId: string,
    @Query() query: UnifiedProfileQuery,
  ): Promise<UnifiedProfileResponse> {
    const profile = await this.profiles.getProfile(customerId, requestedSections(query.sections));
    return toUnifiedProfileResponse(profile);
  }
}
