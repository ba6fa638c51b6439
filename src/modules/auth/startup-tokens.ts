import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ROLES } from '../../common/auth/roles.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { JwtKey } from './jwt-key.js';
import { signToken } from './token-signer.js';

/**
 * When neither JWT_SECRET nor JWT_JWKS_URI is set (never in production), nobody else can
 * sign tokens for this process, so it prints one ready-to-paste token per role, on stderr,
 * outside the log.
 */
@Injectable()
export class StartupTokens implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly key: JwtKey,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const secret = this.key.secret;
    if (!this.key.generated || secret === undefined || this.config.env === 'test') return;
    const lines = ROLES.map((role) => {
      const token = signToken(secret, {
        subject: `dev-${role}`,
        roles: [role],
        expiresInSeconds: 12 * 3600,
        issuer: this.config.jwt.issuer,
        audience: this.config.jwt.audience,
        rolesClaim: this.config.jwt.rolesClaim,
      });
      return `  ${role.padEnd(6)} Bearer ${token}`;
    });
    // Tokens never go into the log: the log line says where they are, and they are printed
    // for the developer on stderr, as plain lines to copy (they die with this process' secret).
    this.logger.warn('JWT_SECRET is not set: using a random secret for this run; development tokens on stderr');
    process.stderr.write(`Development tokens, valid for 12 hours with this run's secret:\n${lines.join('\n')}\n`);
  }
}
