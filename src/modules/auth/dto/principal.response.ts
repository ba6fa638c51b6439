import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '../../../common/auth/roles.js';

export class PrincipalResponse {
  @ApiProperty({ example: 'alice@example.com', description: 'The token subject (`sub`).' })
  subject: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true, example: ['editor'] })
  roles: Role[];
}
