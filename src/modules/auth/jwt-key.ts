import { randomBytes } from 'node:crypto';
import type { AppConfig } from '../../config/app-config.js';

/**
 * The HS256 key tokens are verified with. Outside production a missing JWT_SECRET is
 * replaced by a random one for this process only, so a newcomer can start at once;
 * the tokens printed at startup are then the only ones that work.
 */
export class JwtKey {
  readonly secret: string;
  readonly generated: boolean;

  constructor(config: AppConfig) {
    this.generated = config.jwt.secret === undefined;
    this.secret = config.jwt.secret ?? randomBytes(48).toString('base64url');
  }
}
