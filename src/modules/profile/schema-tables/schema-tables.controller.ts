import { Body, Controller, Get, Param, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth } from '../../../common/auth/auth.decorators.js';
import { READERS } from '../../../common/auth/roles.js';
import { PAGED_LIST_DESCRIPTION, PageQuery } from '../../../common/http/page.js';
import { ApiUpsert, upsertStatus } from '../../../common/http/upsert.js';
import { ApiNameParam } from '../../../common/openapi/api-param.decorator.js';
import {
  ApiProblem,
  ApiUnavailableProblem,
  INVALID_LIMIT_EXAMPLE,
} from '../../../common/openapi/api-problem.decorator.js';
import { ApiTag } from '../../../common/openapi/tags.js';
import { TABLE_NAME_PATTERN, TABLE_NAME_RULE } from '../shared/names.js';
import { PutSchemaTableRequest } from './dto/schema-table.request.js';
import { SchemaTableListResponse, SchemaTableResponse } from './dto/schema-table.response.js';
import { toSchemaTableResponse } from './schema-tables.mapper.js';
import { SchemaTablesService } from './schema-tables.service.js';
import { TableNameParamPipe } from './table-name-param.pipe.js';

@ApiTag('schema-tables')
@ApiUnavailableProblem()
@Controller('schema-tables')
export class SchemaTablesController {
  constructor(private readonly schemaTables: SchemaTablesService) {}

  @Put(':name')
  @Auth('admin')
  @ApiOperation({
    operationId: 'putSchemaTable',
    summary: 'Declare a schema table (a customer data table) and its typed fields.',
    description:
      `The name is ${TABLE_NAME_RULE}. Field types: string, number, boolean, timestamp.\n\n` +
      'Redeclaring a table may add fields and reorder them freely. A field may be removed, or ' +
      'given another type, only while no record holds a non-null value for it; otherwise the ' +
      'request is a 409 whose `errors` name each such field, and nothing changes. When a field ' +
      'is removed, records that held null for it lose the key.',
  })
  @ApiNameParam('name', {
    pattern: TABLE_NAME_PATTERN,
    rule: TABLE_NAME_RULE,
    example: 'customers',
    description: 'The schema table’s name:',
  })
  @ApiUpsert(SchemaTableResponse)
  @ApiProblem(409, 'A removed or retyped field still has values in records; `errors` names it.', {
    detail: 'field tier cannot change from string to number: records hold values for it',
    errors: [
      { field: 'fields.0.type', message: 'field tier cannot change from string to number: records hold values for it' },
    ],
  })
  async put(
    @Param('name', TableNameParamPipe) name: string,
    @Body() body: PutSchemaTableRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SchemaTableResponse> {
    const fields = body.fields.map((field) => ({ name: field.name, type: field.type }));
    const { row, created } = await this.schemaTables.putTable(name, fields);
    upsertStatus(reply, created);
    return toSchemaTableResponse(row);
  }

  @Get()
  @Auth(...READERS)
  @ApiOperation({
    operationId: 'listSchemaTables',
    summary: 'Schema tables, oldest first (the order in which their fields win in the unified profile), then by name.',
    description: PAGED_LIST_DESCRIPTION,
  })
  @ApiOkResponse({ type: SchemaTableListResponse, description: 'One page of schema tables.' })
  @ApiProblem(400, 'Invalid limit or cursor, or an unknown query parameter.', INVALID_LIMIT_EXAMPLE)
  async list(@Query() query: PageQuery): Promise<SchemaTableListResponse> {
    const page = await this.schemaTables.listTables(query.cursor, query.limit);
    return { ...page, data: page.data.map(toSchemaTableResponse) };
  }
}
