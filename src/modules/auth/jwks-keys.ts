import { Logger } from '@nestjs/common';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  type CompactJWSHeaderParameters,
  type CryptoKey,
  type FlattenedJWSInput,
  type JWTVerifyGetKey,
} from 'jose';

/** The key set could not be fetched or read, and no earlier copy can stand in. */
export class JwksUnavailableError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("The identity provider's signing keys could not be fetched.");
    this.name = 'JwksUnavailableError';
  }
}

export interface JwksOptions {
  uri: string;
  /** At most one refetch this often, whether for an unknown `kid` or after a failed fetch. */
  cooldownSeconds: number;
  /** Keys older than this are fetched again before use (the old copy serves if that fails). */
  maxAgeSeconds: number;
}

/**
 * The identity provider's public keys, by `kid`, for jose's `jwtVerify`. jose's remote
 * set fetches lazily, caches for `maxAge` and refetches on an unknown `kid` at most once
 * per `cooldown`, which is how key rotation reaches us. Around it: when a fetch fails, the
 * last good copy keeps verifying (an outage of the provider does not lock out holders of
 * valid tokens), and no further fetch is tried within the cooldown, so tokens with made-up
 * `kid`s cannot turn into a stream of requests to the provider.
 */
export class JwksKeys {
  private readonly logger = new Logger('Auth');
  private readonly remote: ReturnType<typeof createRemoteJWKSet>;
  private readonly cooldownMs: number;
  private failedAt = Number.NEGATIVE_INFINITY;
  /** The keys last fetched, frozen when a fetch fails, used until the cooldown is over. */
  private lastCopy: JWTVerifyGetKey | undefined;

  constructor(private readonly options: JwksOptions) {
    this.cooldownMs = options.cooldownSeconds * 1000;
    this.remote = createRemoteJWKSet(new URL(options.uri), {
      cooldownDuration: this.cooldownMs,
      cacheMaxAge: options.maxAgeSeconds * 1000,
      timeoutDuration: 5000,
    });
  }

  /** The key resolver to hand to `jwtVerify`. */
  readonly getKey = async (header: CompactJWSHeaderParameters, token: FlattenedJWSInput): Promise<CryptoKey> => {
    if (Date.now() < this.failedAt + this.cooldownMs) return this.fromLastCopy(header, token);
    try {
      return await this.remote(header, token);
    } catch (error) {
      if (!isFetchFailure(error)) throw error;
      this.failedAt = Date.now();
      const last: unknown = this.remote.jwks();
      this.lastCopy =
        last === undefined ? undefined : createLocalJWKSet(last as Parameters<typeof createLocalJWKSet>[0]);
      this.logger.warn(
        `Fetching the JWKS from ${this.options.uri} failed: ${describe(error)}. ` +
          (this.lastCopy ? 'The last fetched keys stay in use.' : 'No keys to verify with yet.'),
      );
      return this.fromLastCopy(header, token);
    }
  };

  private async fromLastCopy(header: CompactJWSHeaderParameters, token: FlattenedJWSInput): Promise<CryptoKey> {
    if (this.lastCopy === undefined) {
      throw new JwksUnavailableError(Math.max(1, Math.ceil((this.failedAt + this.cooldownMs - Date.now()) / 1000)));
    }
    return (await this.lastCopy(header, token)) as CryptoKey;
  }
}

/** Errors that say the key set could not be had, as opposed to "no key fits this token". */
function isFetchFailure(error: unknown): boolean {
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) return false;
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return true;
  // jose's generic error is what a non-200 or non-JSON answer gives; fetch itself throws TypeError.
  return error instanceof TypeError || (error instanceof errors.JOSEError && error.code === 'ERR_JOSE_GENERIC');
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}
