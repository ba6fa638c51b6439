import { applyDecorators } from '@nestjs/common';
import { ApiProblem } from '../../../common/openapi/api-problem.decorator.js';

/** The error responses both ingest endpoints share (401/403 come with @Auth). */
export function ApiIngestProblems() {
  return applyDecorators(
    ApiProblem(400, 'Invalid body; `errors` names each bad field, e.g. `interactions.3.timestamp`.'),
    ApiProblem(413, 'The body is larger than 1 MiB.'),
    ApiProblem(
      422,
      'An item refers to an offer or creative that does not exist, or to a creative of another offer; ' +
        '`errors` names each such item (e.g. `interactions.1.offerId`). Nothing was stored.',
    ),
  );
}
