import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorResponse {
  @ApiProperty({
    example: 'limit',
    description: 'Dotted path of the offending field, e.g. `interactions.3.offerId` or `rule.all.1.op`.',
  })
  field: string;

  @ApiProperty({ example: 'limit must not be greater than 100', description: 'What is wrong with it.' })
  message: string;
}

/**
 * RFC 9457 problem details: the body of every error response (`application/problem+json`).
 * `type` is stable and meant for code; `title` is the same for every problem of a type;
 * `detail` is a sentence for people.
 */
export class ProblemResponse {
  @ApiProperty({
    example: 'urn:customer-data-api:problem:validation',
    description:
      'What kind of problem this is, as a URI: `urn:customer-data-api:problem:` followed by `validation` (400), ' +
      '`unauthorized` (401), `forbidden` (403), `not-found` (404), `conflict` (409), `payload-too-large` (413), ' +
      '`uri-too-long` (414), `unsupported-media-type` (415), `unprocessable` (422), `too-many-requests` (429), ' +
      '`internal` (500) or `unavailable` (503); `about:blank` for any other status.',
  })
  type: string;

  @ApiProperty({
    example: 'Invalid request',
    description: 'Short summary of the type; the same for every problem of it.',
  })
  title: string;

  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 400, description: 'The HTTP status code.' })
  status: number;

  @ApiProperty({
    example: 'limit: limit must not be greater than 100',
    description: 'What went wrong with this request, for people. Never a stack trace, SQL or an internal name.',
  })
  detail: string;

  @ApiProperty({ example: '/api/v1/interaction-history', description: 'The path of the request, without its query.' })
  instance: string;

  @ApiProperty({
    example: '8fe6b8d6-e7ee-44ba-b572-9a95683a378d',
    description: 'The request id, also sent as the `x-request-id` header; quote it when reporting a problem.',
  })
  requestId: string;

  @ApiPropertyOptional({
    type: [FieldErrorResponse],
    description: 'One entry per bad field: present for validation failures (400) and on 409 and 422 that name fields.',
  })
  errors?: FieldErrorResponse[];
}
