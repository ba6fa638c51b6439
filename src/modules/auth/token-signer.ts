import jwt from 'jsonwebtoken';
import type { Role } from '../../common/auth/roles.js';

export interface TokenClaims {
  subject: string;
  roles: Role[] | string[];
  /** Seconds until expiry. */
  expiresInSeconds: number;
  issuer?: string;
  audience?: string;
}

/** Signs an HS256 token the way an identity provider would issue it to a caller. */
export function signToken(secret: string, claims: TokenClaims): string {
  return jwt.sign({ roles: claims.roles }, secret, {
    algorithm: 'HS256',
    subject: claims.subject,
    expiresIn: claims.expiresInSeconds,
    ...(claims.issuer ? { issuer: claims.issuer } : {}),
    ...(claims.audience ? { audience: claims.audience } : {}),
  });
}
