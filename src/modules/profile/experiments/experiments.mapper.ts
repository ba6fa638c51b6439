import type { ExperimentAssignment } from '../experiment-assignment.entity.js';
import type { Experiment } from '../experiment.entity.js';
import type { ExperimentAssignmentResponse, ExperimentResponse } from './dto/experiment.response.js';

export function toExperimentResponse(experiment: Experiment): ExperimentResponse {
  return {
    id: experiment.id,
    name: experiment.name,
    variants: experiment.variants,
    createdAt: experiment.createdAt.toISOString(),
    updatedAt: experiment.updatedAt.toISOString(),
  };
}

export function toExperimentAssignmentResponse(assignment: ExperimentAssignment): ExperimentAssignmentResponse {
  return {
    experimentId: assignment.experimentId,
    customerId: assignment.customerId,
    variant: assignment.variant,
    assignedAt: assignment.assignedAt.toISOString(),
  };
}
