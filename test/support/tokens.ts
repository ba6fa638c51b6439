import jwt from 'jsonwebtoken';
import type { Role } from '../../src/common/auth/roles.js';
import { signToken } from '../../src/modules/auth/token-signer.js';

/** The secret every e2e app is started with. */
export const TEST_JWT_SECRET = 'test-secret-that-is-at-least-32-bytes-long!';

export function tokenFor(roles: Role[] | string[], options: { subject?: string; secret?: string } = {}): string {
  return signToken(options.secret ?? TEST_JWT_SECRET, {
    subject: options.subject ?? `test-${roles.join('-') || 'none'}`,
    roles,
    expiresInSeconds: 600,
  });
}

export function bearer(roles: Role[] | string[]): { authorization: string } {
  return { authorization: `Bearer ${tokenFor(roles)}` };
}

/** A token signed any way at all, for the negative cases. */
export function rawToken(payload: object, secret = TEST_JWT_SECRET, options: jwt.SignOptions = {}): string {
  return jwt.sign(payload, secret, { algorithm: 'HS256', ...options });
}
