import { randomBytes } from 'node:crypto';
import type { AppConfig } from '../../config/app-config.js';

/**
 * The HS256 key tokens are verified with, if any. Outside production, with neither
 * JWT_SECRET nor JWT_JWKS_URI, a random one stands in for this process only, so a
 * newcomer can start at once; the tokens printed at startup are then the only ones that
 * work. With only JWT_JWKS_URI there is none: HS256 tokens are refused.
 */
export class JwtKey {
  readonly secret: string | undefined;
  readonly generated: boolean;

  constructor(config: AppConfig) {
    this.generated = config.jwt.secret === undefined && config.jwt.jwksUri === undefined;
    this.secret = this.generated ? randomBytes(48).toString('base64url') : config.jwt.secret;
  }
}
