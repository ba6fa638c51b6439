import { applyDecorators } from '@nestjs/common';
import { ApiProblem } from '../../../common/openapi/api-problem.decorator.js';

/** The error responses both ingest endpoints share (401/403 come with @Auth), for `batch`'s items. */
export function ApiIngestProblems(batch: 'interactions' | 'impressions') {
  const badField =
    batch === 'interactions'
      ? {
          field: 'interactions.0.interactionType',
          message: 'interactionType must be one of: impression, click, dismiss, convert',
        }
      : {
          field: 'impressions.0.timestamp',
          message: 'timestamp must be an ISO 8601 date-time with an offset, e.g. 2026-03-15T10:30:00.000Z',
        };
  return applyDecorators(
    ApiProblem(400, `Invalid body; \`errors\` names each bad field, e.g. \`${batch}.3.timestamp\`.`, {
      detail: `${badField.field}: ${badField.message}`,
      errors: [badField],
    }),
    ApiProblem(413, 'The body is larger than 1 MiB.'),
    ApiProblem(
      422,
      'An item refers to an offer or creative that does not exist, or to a creative of another offer; ' +
        `\`errors\` names each such item (e.g. \`${batch}.1.offerId\`). Nothing was stored.`,
      {
        detail: `${batch}.0.offerId: offer offer_001 does not exist; nothing was stored`,
        errors: [{ field: `${batch}.0.offerId`, message: 'offer offer_001 does not exist' }],
      },
    ),
  );
}
