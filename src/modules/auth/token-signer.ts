import jwt from 'jsonwebtoken';
import type { Role } from '../../common/auth/roles.js';

export interface TokenClaims {
  subject: string;
  roles: Role[] | string[];
  /** Seconds until expiry. */
  expiresInSeconds: number;
  issuer?: string;
  audience?: string;
  /** Where the roles go (JWT_ROLES_CLAIM): `roles` unless given, dots nest objects. */
  rolesClaim?: string;
}

/** Signs an HS256 token the way an identity provider would issue it to a caller. */
export function signToken(secret: string, claims: TokenClaims): string {
  return jwt.sign(nestedClaim(claims.rolesClaim ?? 'roles', claims.roles), secret, {
    algorithm: 'HS256',
    subject: claims.subject,
    expiresIn: claims.expiresInSeconds,
    ...(claims.issuer ? { issuer: claims.issuer } : {}),
    ...(claims.audience ? { audience: claims.audience } : {}),
  });
}

/** `realm_access.roles`, value → `{ realm_access: { roles: value } }`. */
export function nestedClaim(path: string, value: unknown): Record<string, unknown> {
  let claim: unknown = value;
  for (const segment of path.split('.').reverse()) claim = { [segment]: claim };
  return claim as Record<string, unknown>;
}
