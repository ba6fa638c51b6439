import { webcrypto } from 'node:crypto';
import { HttpException, Inject, Injectable, ServiceUnavailableException, UnauthorizedException } from '@nestjs/common';
import { decodeProtectedHeader, errors, jwtVerify, type CryptoKey, type JWTPayload, type JWTVerifyOptions } from 'jose';
import type { Principal } from '../../common/auth/roles.js';
import { LruCache } from '../../common/lru-cache.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { JwksKeys, JwksUnavailableError } from './jwks-keys.js';
import { JwtKey } from './jwt-key.js';
import { rolesAt } from './roles-claim.js';

/** Clocks of the provider and of this service may disagree this much on `exp` and `nbf`. */
export const CLOCK_LEEWAY_SECONDS = 30;

/**
 * The `typ` values that mean "a JWT access token" (RFC 7519, RFC 9068). Any other declared
 * type (a logout token, a DPoP proof, ...) is a token made for another purpose (RFC 8725 §3.11).
 */
const ACCEPTED_TYPES = new Set(['jwt', 'at+jwt']);

/**
 * HS256 tokens verified lately, by their exact text: a client sends the same token with
 * every request, and verifying its HMAC (WebCrypto) was the largest single cost of a cached
 * profile read in a CPU profile here. An entry holds what the full check found, until the
 * token's `exp` (with the leeway) or {@link VERIFIED_TTL_MS}, whichever comes first. Only
 * HS256: its key lives as long as the process, whereas a JWKS key can be rotated away, and
 * a token signed with it must stop working then, not a minute later.
 */
const VERIFIED_ENTRIES = 10_000;
const VERIFIED_TTL_MS = 60_000;

/**
 * Verifies bearer tokens. The verifier is chosen by the token's `alg` alone and each one
 * takes only its own: HS256 with JWT_SECRET, RS256 (RSA keys) and ES256 (P-256 keys) with
 * the provider's JWKS. So a public key can never be used as an HMAC secret, and `alg:
 * none` or any other algorithm is refused. `exp` and a string `sub` (not blank) are required;
 * `iss` and `aud` are checked when configured; both clocks get {@link CLOCK_LEEWAY_SECONDS}
 * of leeway.
 */
@Injectable()
export class TokenVerifier {
  /** Imported once: jose would import raw secret bytes again on every verification. */
  private readonly secret: Promise<CryptoKey> | undefined;
  private readonly jwks: JwksKeys | undefined;
  private readonly claimChecks: JWTVerifyOptions;
  private readonly rolesClaim: string;
  private readonly verified = new LruCache<string, { principal: Principal; validUntil: number }>(VERIFIED_ENTRIES);

  constructor(key: JwtKey, @Inject(APP_CONFIG) config: AppConfig) {
    const { jwt } = config;
    this.secret =
      key.secret === undefined
        ? undefined
        : webcrypto.subtle.importKey('raw', Buffer.from(key.secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
            'verify',
          ]);
    this.jwks =
      jwt.jwksUri === undefined
        ? undefined
        : new JwksKeys({
            uri: jwt.jwksUri,
            cooldownSeconds: jwt.jwksCooldownSeconds,
            maxAgeSeconds: jwt.jwksMaxAgeSeconds,
          });
    this.claimChecks = {
      requiredClaims: ['exp'],
      clockTolerance: CLOCK_LEEWAY_SECONDS,
      ...(jwt.issuer ? { issuer: jwt.issuer } : {}),
      ...(jwt.audience ? { audience: jwt.audience } : {}),
    };
    this.rolesClaim = jwt.rolesClaim;
  }

  /** The caller the token names; throws 401 (or 503 when the provider's keys cannot be had). */
  async verify(token: string): Promise<Principal> {
    const known = this.verified.get(token);
    if (known !== undefined && Date.now() < known.validUntil) return known.principal;
    let header: ReturnType<typeof decodeProtectedHeader>;
    try {
      header = decodeProtectedHeader(token);
    } catch {
      throw new UnauthorizedException(MALFORMED);
    }
    if (
      header.typ !== undefined &&
      !ACCEPTED_TYPES.has(
        String(header.typ)
          .toLowerCase()
          .replace(/^application\//, ''),
      )
    ) {
      throw new UnauthorizedException('The token type (typ) is not accepted.');
    }
    let payload: JWTPayload;
    try {
      payload = await this.verifyByAlgorithm(token, header.alg);
    } catch (error) {
      throw refusal(error);
    }
    // Every action must name someone (an erasure records who asked): no string `sub`, no caller.
    if (typeof payload.sub !== 'string' || payload.sub.trim() === '') {
      throw new UnauthorizedException('The token names no subject (sub claim).');
    }
    const principal = { subject: payload.sub, roles: rolesAt(payload, this.rolesClaim) };
    if (header.alg === 'HS256' && typeof payload.exp === 'number') {
      const validUntil = Math.min((payload.exp + CLOCK_LEEWAY_SECONDS) * 1000, Date.now() + VERIFIED_TTL_MS);
      this.verified.set(token, { principal, validUntil });
    }
    return principal;
  }

  private async verifyByAlgorithm(token: string, alg: unknown): Promise<JWTPayload> {
    if (alg === 'HS256' && this.secret) {
      return (await jwtVerify(token, await this.secret, { ...this.claimChecks, algorithms: ['HS256'] })).payload;
    }
    if ((alg === 'RS256' || alg === 'ES256') && this.jwks) {
      return (await jwtVerify(token, this.jwks.getKey, { ...this.claimChecks, algorithms: [alg] })).payload;
    }
    throw new UnauthorizedException(ALGORITHM);
  }
}

const MALFORMED = 'The token is malformed or not accepted.';
const ALGORITHM = 'The token algorithm is not accepted.';

/** A client-safe answer for why a token was refused. */
function refusal(error: unknown): HttpException {
  if (error instanceof HttpException) return error;
  if (error instanceof JwksUnavailableError) {
    return new ServiceUnavailableException({
      message: `${error.message} Try again shortly.`,
      retryAfter: error.retryAfterSeconds,
    });
  }
  return new UnauthorizedException(refusalReason(error));
}

function refusalReason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired.';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'exp' && error.reason === 'missing') return 'The token has no expiry (exp claim).';
    if (error.claim === 'iss') return 'The token issuer is not accepted.';
    if (error.claim === 'aud') return 'The token audience is not accepted.';
    if (error.claim === 'nbf') return 'The token is not valid yet.';
    return MALFORMED;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature is invalid.';
  if (error instanceof errors.JOSEAlgNotAllowed) return ALGORITHM;
  if (error instanceof errors.JWKSNoMatchingKey) return 'The token was signed with a key (kid) that is not known.';
  if (error instanceof errors.JWKSMultipleMatchingKeys) return 'The token names no key (kid) and several match.';
  return MALFORMED;
}
