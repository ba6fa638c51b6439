import { patternParamPipe } from '../../../common/validation/id-param.pipe.js';
import { TABLE_NAME_PATTERN, TABLE_NAME_RULE } from '../shared/names.js';

/** Validates a schema table name in the path: `@Param('name', TableNameParamPipe)`. */
export const TableNameParamPipe = patternParamPipe(TABLE_NAME_PATTERN, TABLE_NAME_RULE, 'name');
