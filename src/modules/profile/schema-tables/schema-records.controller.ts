import { Body, Controller, Get, Param, Put, Res } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth } from '../../../common/auth/auth.decorators.js';
import { READERS, WRITERS } from '../../../common/auth/roles.js';
import { ApiUpsert, upsertStatus } from '../../../common/http/upsert.js';
import { ApiIdParam, ApiNameParam } from '../../../common/openapi/api-param.decorator.js';
import { ApiProblem, ApiUnavailableProblem, invalidIdExample } from '../../../common/openapi/api-problem.decorator.js';
import { ApiTag } from '../../../common/openapi/tags.js';
import { TABLE_NAME_PATTERN, TABLE_NAME_RULE } from '../shared/names.js';
import { IdParamPipe } from '../../../common/validation/id-param.pipe.js';
import { RECORD_DATA_SCHEMA, SchemaRecordResponse } from './dto/schema-table.response.js';
import { MAX_STRING_LENGTH } from './schema-fields.js';
import { toSchemaRecordResponse } from './schema-tables.mapper.js';
import { SchemaTablesService } from './schema-tables.service.js';
import { TableNameParamPipe } from './table-name-param.pipe.js';

@ApiTag('schema-tables')
@ApiUnavailableProblem()
@Controller('schema-tables/:name/records')
export class SchemaRecordsController {
  constructor(private readonly schemaTables: SchemaTablesService) {}

  @Put(':customerId')
  @Auth(...WRITERS)
  @ApiOperation({
    operationId: 'putSchemaRecord',
    summary: 'Create or replace a customer’s record in a schema table.',
    description:
      'The body maps declared field names to values of the declared type: strings (at most ' +
      `${MAX_STRING_LENGTH} characters), finite numbers, booleans, or ISO 8601 date-times with an ` +
      'offset for timestamps (stored as UTC with milliseconds). null means "unknown"; fields ' +
      'left out are not stored. The record is replaced as a whole. An unknown field or a value ' +
      'of the wrong type is a 400 whose `errors` name each such field.',
  })
  @ApiBody({ schema: RECORD_DATA_SCHEMA, description: 'Field values.' })
  @ApiTableNameParam()
  @ApiIdParam('customerId', 'CUST001', 'The customer’s id:')
  @ApiUpsert(SchemaRecordResponse)
  @ApiProblem(404, 'No such schema table.', { detail: 'schema table customers does not exist' })
  async put(
    @Param('name', TableNameParamPipe) name: string,
    @Param('customerId', IdParamPipe) customerId: string,
    // Free-form: the global ValidationPipe passes plain objects through; the service checks it.
    @Body() body: unknown,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SchemaRecordResponse> {
    const { row, created } = await this.schemaTables.putRecord(name, customerId, body);
    upsertStatus(reply, created);
    return toSchemaRecordResponse(row);
  }

  @Get(':customerId')
  @Auth(...READERS)
  @ApiOperation({
    operationId: 'getSchemaRecord',
    summary: 'A customer’s record in a schema table.',
    description:
      'The record’s values by field name, as stored (timestamps as UTC with milliseconds); 404 when the table does not exist or the customer has no record in it.',
  })
  @ApiTableNameParam()
  @ApiIdParam('customerId', 'CUST001', 'The customer’s id:')
  @ApiOkResponse({ type: SchemaRecordResponse, description: 'The record.' })
  @ApiProblem(400, 'Invalid table name or customer id.', invalidIdExample('customerId'))
  @ApiProblem(404, 'No such schema table, or the customer has no record in it.', {
    detail: 'the customer has no record in schema table customers',
  })
  async get(
    @Param('name', TableNameParamPipe) name: string,
    @Param('customerId', IdParamPipe) customerId: string,
  ): Promise<SchemaRecordResponse> {
    return toSchemaRecordResponse(await this.schemaTables.getRecord(name, customerId));
  }
}

function ApiTableNameParam() {
  return ApiNameParam('name', {
    pattern: TABLE_NAME_PATTERN,
    rule: TABLE_NAME_RULE,
    example: 'customers',
    description: 'The schema table’s name:',
  });
}
