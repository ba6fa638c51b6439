import { Body, Controller, Param, Put, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth } from '../../../common/auth/auth.decorators.js';
import { WRITERS } from '../../../common/auth/roles.js';
import { ApiUpsert, upsertStatus } from '../../../common/http/upsert.js';
import { ApiProblem } from '../../../common/openapi/api-problem.decorator.js';
import { IdParamPipe } from '../../../common/validation/id-param.pipe.js';
import { PutAssignmentRequest } from './dto/experiment.request.js';
import { ExperimentAssignmentResponse } from './dto/experiment.response.js';
import { toExperimentAssignmentResponse } from './experiments.mapper.js';
import { ExperimentsService } from './experiments.service.js';

@ApiTags('profile')
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
  @ApiUpsert(ExperimentAssignmentResponse)
  @ApiProblem(404, 'No such experiment.')
  @ApiProblem(422, 'The variant is not one of the experiment’s; `errors` names `variant`.')
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
