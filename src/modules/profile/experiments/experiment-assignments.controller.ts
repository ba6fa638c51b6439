import { Body, Controller, Param, Put, Res } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth } from '../../../common/auth/auth.decorators.js';
import { WRITERS } from '../../../common/auth/roles.js';
import { ApiUpsert, upsertStatus } from '../../../common/http/upsert.js';
import { ApiIdParam } from '../../../common/openapi/api-param.decorator.js';
import { ApiProblem, ApiUnavailableProblem } from '../../../common/openapi/api-problem.decorator.js';
import { ApiTag } from '../../../common/openapi/tags.js';
import { IdParamPipe } from '../../../common/validation/id-param.pipe.js';
import { PutAssignmentRequest } from './dto/experiment.request.js';
import { ExperimentAssignmentResponse } from './dto/experiment.response.js';
import { toExperimentAssignmentResponse } from './experiments.mapper.js';
import { ExperimentsService } from './experiments.service.js';

@ApiTag('experiments')
@ApiUnavailableProblem()
@Controller('experiments/:id/assignments')
export class ExperimentAssignmentsController {
  constructor(private readonly experiments: ExperimentsService) {}

  @Put(':customerId')
  @Auth(...WRITERS)
  @ApiOperation({
    operationId: 'putExperimentAssignment',
    summary: 'Assign a customer one of an experiment’s variants.',
    description:
      'A customer has at most one variant per experiment. Assigning the variant the customer ' +
      'already has changes nothing (`assignedAt` stays); assigning another one moves ' +
      '`assignedAt` to now.',
  })
  @ApiIdParam('id', 'exp_hero_2026', 'The experiment’s id:')
  @ApiIdParam('customerId', 'CUST001', 'The customer’s id:')
  @ApiUpsert(ExperimentAssignmentResponse)
  @ApiProblem(404, 'No such experiment.', { detail: 'experiment exp_hero_2026 does not exist' })
  @ApiProblem(422, 'The variant is not one of the experiment’s; `errors` names `variant`.', {
    detail: 'variant must be one of: control, treatment',
    errors: [{ field: 'variant', message: 'variant must be one of: control, treatment' }],
  })
  async put(
    @Param('id', IdParamPipe) experimentId: string,
    @Param('customerId', IdParamPipe) customerId: string,
    @Body() body: PutAssignmentRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ExperimentAssignmentResponse> {
    const { row, created } = await this.experiments.putAssignment({ experimentId, customerId, variant: body.variant });
    upsertStatus(reply, created);
    return toExperimentAssignmentResponse(row);
  }
}
