import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { isRole, type Principal } from '../../common/auth/roles.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { JwtKey } from './jwt-key.js';

interface JwtPayload {
  sub?: unknown;
  exp?: unknown;
  roles?: unknown;
}

/**
 * Verifies `Authorization: Bearer` tokens: HS256 only (so `alg: none` and algorithm
 * confusion are refused), signature, `exp` (required), and `iss`/`aud` when configured.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(key: JwtKey, @Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: key.secret,
      algorithms: ['HS256'],
      ignoreExpiration: false,
      ...(config.jwt.issuer ? { issuer: config.jwt.issuer } : {}),
      ...(config.jwt.audience ? { audience: config.jwt.audience } : {}),
    });
  }

  validate(payload: JwtPayload): Principal {
    if (typeof payload.exp !== 'number') {
      throw new UnauthorizedException('The token has no expiry (exp claim).');
    }
    const roles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
    return { subject: typeof payload.sub === 'string' ? payload.sub : '', roles };
  }
}
