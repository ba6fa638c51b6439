import { Body, Controller, Get, Param, Put, Res } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth } from '../../../common/auth/auth.decorators.js';
import { READERS, WRITERS } from '../../../common/auth/roles.js';
import { ApiUpsert, upsertStatus } from '../../../common/http/upsert.js';
import { ApiProblem } from '../../../common/openapi/api-problem.decorator.js';
import { IdParamPipe } from '../../../common/validation/id-param.pipe.js';
import { RECORD_DATA_SCHEMA, SchemaRecordResponse } from './dto/schema-table.response.js';
import { MAX_STRING_LENGTH } from './schema-fields.js';
import { toSchemaRecordResponse } from './schema-tables.mapper.js';
import { SchemaTablesService } from './schema-tables.service.js';
import { TableNameParamPipe } from './table-name-param.pipe.js';

@ApiTags('profile')
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
  @ApiUpsert(SchemaRecordResponse)
  @ApiProblem(404, 'No such schema table.')
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
  @ApiOperation({ operationId: 'getSchemaRecord', summary: 'A customer’s record in a schema table.' })
  @ApiOkResponse({ type: SchemaRecordResponse })
  @ApiProblem(400, 'Invalid table name or customer id.')
  @ApiProblem(404, 'No such schema table, or the customer has no record in it.')
  async get(
    @Param('name', TableNameParamPipe) name: string,
    @Param('customerId', IdParamPipe) customerId: string,
  ): Promise<SchemaRecordResponse> {
    return toSchemaRecordResponse(await this.schemaTables.getRecord(name, customerId));
  }
}
