/**
 * The service's configuration, read once from the environment and validated before
 * anything starts. A bad value stops the process with one line naming the variable.
 */
export interface AppConfig {
  readonly env: 'development' | 'test' | 'production';
  readonly host: string;
  readonly port: number;
  /** Unset: an embedded PostgreSQL is started under `embeddedDataDir`. */
  readonly databaseUrl: string | undefined;
  readonly databasePoolSize: number;
  readonly embeddedDataDir: string;
  readonly embeddedPort: number;
  readonly jwt: {
    /** Undefined only outside production; a random secret is generated then. */
    readonly secret: string | undefined;
    readonly issuer: string | undefined;
    readonly audience: string | undefined;
  };
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Fill a fresh embedded database with demo data on first start (never with DATABASE_URL). */
  readonly seedDemo: boolean;
  /**
   * SUMMARY_MATERIALIZED (default true): interaction summaries are read from the rollups
   * (plus raw rows past them), which are refreshed. false: never refreshed, summaries are
   * aggregated live from the raw history.
   */
  readonly summaryMaterialized: boolean;
  /** SUMMARY_REFRESH_INTERVAL: seconds between scheduled rollup refreshes (default 60); 0: none. */
  readonly summaryRefreshInterval: number;

  // Edge protection and resource limits (README "Limits").
  /** CORS_ORIGINS: the exact origins browsers may call from; empty: none; `['*']`: any (never with credentials). */
  readonly corsOrigins: readonly string[];
  /** HSTS_MAX_AGE_SECONDS: Strict-Transport-Security max-age; 0: no header. */
  readonly hstsMaxAgeSeconds: number;
  /** BODY_LIMIT_BYTES: largest request body; the batch-ingest routes accept at least 4 MiB (README "Limits"). */
  readonly bodyLimitBytes: number;
  /** RATE_LIMIT_PER_MINUTE: requests per caller (token subject, else IP) per minute and instance; 0: no limit. */
  readonly rateLimitPerMinute: number;
  /** DATABASE_STATEMENT_TIMEOUT_MS: PostgreSQL statement_timeout of the app's connections; 0: none. */
  readonly databaseStatementTimeoutMs: number;
}

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function optional(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be an integer from ${min} to ${max} (got "${raw}")`);
  }
  return Number(raw);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${raw}")`);
  }
  return raw as T;
}

function databaseUrl(env: Env): string | undefined {
  const raw = optional(env, 'DATABASE_URL');
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', 'is not a URL (expected postgres://user:password@host:port/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `must use the postgres:// scheme (got "${url.protocol}")`);
  }
  if (url.hostname === '' || url.pathname.length <= 1) {
    throw new ConfigError('DATABASE_URL', 'must name a host and a database');
  }
  return raw;
}

/** An http(s) origin in the form browsers serialize it: lower case, no default port, no path, no wildcard. */
function isExactOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === origin && !url.host.includes('*');
  } catch {
    return false;
  }
}

/**
 * CORS_ORIGINS: comma-separated origins, each exactly as a browser sends it in `Origin`
 * (`https://app.example.com`, no path, no trailing slash), or `*` alone.
 */
function corsOrigins(env: Env): string[] {
  const raw = optional(env, 'CORS_ORIGINS');
  if (raw === undefined) return [];
  const origins = raw
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  if (origins.includes('*')) {
    if (origins.length > 1) throw new ConfigError('CORS_ORIGINS', 'may be "*" or a list of origins, not both');
    return ['*'];
  }
  const notExact = origins.find((origin) => !isExactOrigin(origin));
  if (notExact !== undefined) {
    throw new ConfigError(
      'CORS_ORIGINS',
      `must list origins as browsers send them, e.g. https://app.example.com (got "${notExact}")`,
    );
  }
  return origins;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'test', 'production'], 'development');
  const secret = optional(env, 'JWT_SECRET');
  if (nodeEnv === 'production' && secret === undefined) {
    throw new ConfigError('JWT_SECRET', 'is required when NODE_ENV=production');
  }
  if (secret !== undefined && Buffer.byteLength(secret) < 32) {
    throw new ConfigError('JWT_SECRET', 'must be at least 32 bytes long (HS256 key strength, RFC 7518 §3.2)');
  }
  return {
    env: nodeEnv,
    host: optional(env, 'HOST') ?? '0.0.0.0',
    port: integer(env, 'PORT', 3000, 0, 65535),
    databaseUrl: databaseUrl(env),
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
    embeddedDataDir: optional(env, 'EMBEDDED_PG_DIR') ?? '.data/pg',
    embeddedPort: integer(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
    jwt: {
      secret,
      issuer: optional(env, 'JWT_ISSUER'),
      audience: optional(env, 'JWT_AUDIENCE'),
    },
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'], 'info'),
    seedDemo: oneOf(env, 'SEED_DEMO', ['true', 'false'], 'true') === 'true',
    summaryMaterialized: oneOf(env, 'SUMMARY_MATERIALIZED', ['true', 'false'], 'true') === 'true',
    summaryRefreshInterval: integer(env, 'SUMMARY_REFRESH_INTERVAL', 60, 0, 86_400),

    // Edge protection and resource limits.
    corsOrigins: corsOrigins(env),
    hstsMaxAgeSeconds: integer(env, 'HSTS_MAX_AGE_SECONDS', 15_552_000, 0, 63_072_000),
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 1_048_576, 1_024, 67_108_864),
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 6_000, 0, 1_000_000),
    databaseStatementTimeoutMs: integer(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 15_000, 0, 3_600_000),
  };
}

/** Injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
