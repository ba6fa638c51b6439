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
  /**
   * METRICS_PORT: unset, GET /metrics is served on PORT and needs an admin token; set, it is
   * served on this port instead, without authentication (for a scraper on a private network).
   */
  readonly metricsPort: number | undefined;
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

function metricsPort(env: Env, port: number): number | undefined {
  if (optional(env, 'METRICS_PORT') === undefined) return undefined;
  const metrics = integer(env, 'METRICS_PORT', 0, 0, 65535);
  if (metrics !== 0 && metrics === port) throw new ConfigError('METRICS_PORT', `must differ from PORT (both ${port})`);
  return metrics;
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
    metricsPort: metricsPort(env, integer(env, 'PORT', 3000, 0, 65535)),
  };
}

/** Injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
