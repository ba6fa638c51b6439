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
  /**
   * DATABASE_REPLICA_URLS: streaming replicas of that database, for the read-only customer
   * reads (src/database/read-replicas.ts); empty: every query on the primary.
   */
  readonly databaseReplicaUrls: readonly string[];
  /** Per server: the primary's pool and each replica's have this many connections. */
  readonly databasePoolSize: number;
  readonly embeddedDataDir: string;
  readonly embeddedPort: number;
  readonly jwt: JwtConfig;
  /** Swagger UI at /api/docs: how admins sign in to it. */
  readonly docs: DocsConfig;
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
   * PARTITION_MAINTENANCE_INTERVAL: seconds between runs of the monthly partitions'
   * maintenance (default 3600; also once at start-up); 0: never (docs/operations.md "Partitions and retention").
   */
  readonly partitionMaintenanceInterval: number;
  /**
   * RETENTION_MONTHS: interaction history and impressions are kept for the current month and
   * this many whole months before it; older months are dropped by the maintenance. 0 (default): kept forever.
   */
  readonly retentionMonths: number;
  /**
   * DATABASE_POOL_TIMEOUT_MS (default 5000): how long a request waits for a pooled connection,
   * or to open one, before it fails with a 503 (pool exhausted, database down or unreachable).
   */
  readonly databasePoolTimeoutMs: number;
  /**
   * METRICS_PORT: unset, GET /metrics is served on PORT and needs an admin token; set, it is
   * served on this port instead, without authentication (for a scraper on a private network).
   */
  readonly metricsPort: number | undefined;

  // Edge protection and resource limits (docs/api.md "Limits").
  /** CORS_ORIGINS: the exact origins browsers may call from; empty: none; `['*']`: any (never with credentials). */
  readonly corsOrigins: readonly string[];
  /** HSTS_MAX_AGE_SECONDS: Strict-Transport-Security max-age; 0: no header. */
  readonly hstsMaxAgeSeconds: number;
  /** BODY_LIMIT_BYTES: largest request body; the batch-ingest routes accept at least 4 MiB (docs/api.md "Limits"). */
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

/**
 * A postgres:// URL naming a host and a database; `variable` (and `entry`, one of a list) name
 * it in the error. The value is never echoed back: it may hold a password.
 */
function postgresUrl(raw: string, variable: string, entry = ''): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(variable, `${entry}is not a URL (expected postgres://user:password@host:port/database)`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(variable, `${entry}must use the postgres:// scheme (got "${url.protocol}")`);
  }
  if (url.hostname === '' || url.pathname.length <= 1) {
    throw new ConfigError(variable, `${entry}must name a host and a database`);
  }
  return raw;
}

function databaseUrl(env: Env): string | undefined {
  const raw = optional(env, 'DATABASE_URL');
  return raw === undefined ? undefined : postgresUrl(raw, 'DATABASE_URL');
}

/**
 * DATABASE_REPLICA_URLS: comma-separated postgres:// URLs of streaming replicas (a comma in a
 * password is written %2C). Blank entries are ignored; unset or blank: none.
 */
function databaseReplicaUrls(env: Env): string[] {
  const raw = optional(env, 'DATABASE_REPLICA_URLS');
  if (raw === undefined) return [];
  return raw
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url !== '')
    .map((url, i) => postgresUrl(url, 'DATABASE_REPLICA_URLS', `entry ${i + 1} `));
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

function metricsPort(env: Env, port: number): number | undefined {
  if (optional(env, 'METRICS_PORT') === undefined) return undefined;
  const metrics = integer(env, 'METRICS_PORT', 0, 0, 65535);
  if (metrics !== 0 && metrics === port) throw new ConfigError('METRICS_PORT', `must differ from PORT (both ${port})`);
  return metrics;
}

// --- JWT verification (HS256 secret and/or an identity provider's JWKS) ---

export interface JwtConfig {
  /** JWT_SECRET: the HS256 key. Unset with no JWKS either (never in production): a random one per run. */
  readonly secret: string | undefined;
  readonly issuer: string | undefined;
  readonly audience: string | undefined;
  /** JWT_JWKS_URI: the identity provider's key set; RS256 and ES256 tokens are verified with it. */
  readonly jwksUri: string | undefined;
  /** JWT_JWKS_COOLDOWN: seconds between two fetches caused by an unknown `kid` or a failed fetch. */
  readonly jwksCooldownSeconds: number;
  /** JWT_JWKS_MAX_AGE: seconds fetched keys are trusted before the set is fetched again. */
  readonly jwksMaxAgeSeconds: number;
  /** JWT_ROLES_CLAIM: dotted path of the claim holding the roles array (default `roles`). */
  readonly rolesClaim: string;
}

function jwtConfig(env: Env, nodeEnv: AppConfig['env']): JwtConfig {
  const secret = optional(env, 'JWT_SECRET');
  const jwksUri = optional(env, 'JWT_JWKS_URI');
  const issuer = optional(env, 'JWT_ISSUER');
  const audience = optional(env, 'JWT_AUDIENCE');
  const production = nodeEnv === 'production';
  if (production && secret === undefined && jwksUri === undefined) {
    throw new ConfigError('JWT_SECRET', 'is required when NODE_ENV=production, unless JWT_JWKS_URI is set');
  }
  if (secret !== undefined && Buffer.byteLength(secret) < 32) {
    throw new ConfigError('JWT_SECRET', 'must be at least 32 bytes long (HS256 key strength, RFC 7518 §3.2)');
  }
  if (jwksUri !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(jwksUri);
    } catch {
      url = undefined;
    }
    if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname === '') {
      throw new ConfigError(
        'JWT_JWKS_URI',
        'must be an http(s) URL, e.g. https://idp.example.com/.well-known/jwks.json',
      );
    }
    if (url.username !== '' || url.password !== '') {
      throw new ConfigError('JWT_JWKS_URI', 'must not hold credentials (a JWKS is public)');
    }
    // Keys fetched in clear could be swapped on the way, and then anyone could sign tokens.
    if (production && url.protocol !== 'https:') {
      throw new ConfigError('JWT_JWKS_URI', 'must use https:// when NODE_ENV=production');
    }
    // One provider's keys often sign tokens for many tenants and applications (Entra ID's
    // are shared by every tenant): only iss and aud tell ours apart.
    if (production && (issuer === undefined || audience === undefined)) {
      throw new ConfigError(
        issuer === undefined ? 'JWT_ISSUER' : 'JWT_AUDIENCE',
        'is required with JWT_JWKS_URI when NODE_ENV=production',
      );
    }
  }
  const rolesClaim = optional(env, 'JWT_ROLES_CLAIM') ?? 'roles';
  if (rolesClaim.length > 200 || rolesClaim.split('.').some((segment) => segment === '')) {
    throw new ConfigError(
      'JWT_ROLES_CLAIM',
      `must be a claim name or a dotted path such as realm_access.roles (got "${rolesClaim}")`,
    );
  }
  return {
    secret,
    issuer,
    audience,
    jwksUri,
    jwksCooldownSeconds: integer(env, 'JWT_JWKS_COOLDOWN', 30, 1, 3600),
    jwksMaxAgeSeconds: integer(env, 'JWT_JWKS_MAX_AGE', 600, 1, 86_400),
    rolesClaim,
  };
}

// --- end JWT verification ---

// --- Swagger UI sign-in ---

export interface DocsConfig {
  /** Set with OIDC_CLIENT_ID: Swagger UI also offers login with the identity provider. */
  readonly oidc: OidcLoginConfig | undefined;
  /** SWAGGER_PERSIST_AUTHORIZATION: keep tokens in the browser's localStorage across reloads (default false). */
  readonly persistAuthorization: boolean;
}

export interface OidcLoginConfig {
  /** OIDC_CLIENT_ID: a public client (authorization code + PKCE, no secret) registered for Swagger UI. */
  readonly clientId: string;
  /** OIDC_ISSUER_URL, else JWT_ISSUER: the provider's issuer identifier. */
  readonly issuerUrl: string;
  /** The issuer's discovery document (OpenID Connect Discovery 1.0 §4). */
  readonly discoveryUrl: string;
  /** OIDC_SCOPES: space-separated scopes Swagger UI asks for (default `openid`). */
  readonly scopes: readonly string[];
}

const SCOPE_TOKEN = /^[\x21\x23-\x5b\x5d-\x7e]+$/; // RFC 6749 §3.3

function oidcLogin(env: Env, jwt: JwtConfig, production: boolean): OidcLoginConfig | undefined {
  const clientId = optional(env, 'OIDC_CLIENT_ID');
  if (clientId === undefined) {
    const orphan = ['OIDC_ISSUER_URL', 'OIDC_SCOPES'].find((name) => optional(env, name) !== undefined);
    if (orphan !== undefined) throw new ConfigError(orphan, 'is set but OIDC_CLIENT_ID is not');
    return undefined;
  }
  if (!/^[\x21-\x7e]{1,255}$/.test(clientId)) {
    throw new ConfigError('OIDC_CLIENT_ID', 'must be 1–255 visible ASCII characters');
  }
  // Swagger UI would get tokens this service cannot verify.
  if (jwt.jwksUri === undefined) {
    throw new ConfigError('OIDC_CLIENT_ID', "needs JWT_JWKS_URI (the provider's keys, to verify the tokens it issues)");
  }
  const issuerUrl = optional(env, 'OIDC_ISSUER_URL') ?? jwt.issuer;
  const variable = optional(env, 'OIDC_ISSUER_URL') === undefined ? 'JWT_ISSUER' : 'OIDC_ISSUER_URL';
  if (issuerUrl === undefined) {
    throw new ConfigError('OIDC_ISSUER_URL', 'is required with OIDC_CLIENT_ID unless JWT_ISSUER is set');
  }
  let url: URL | undefined;
  try {
    url = new URL(issuerUrl);
  } catch {
    url = undefined;
  }
  if (
    url === undefined ||
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    url.hostname === '' ||
    url.username !== '' ||
    url.password !== '' ||
    url.search !== '' ||
    url.hash !== ''
  ) {
    throw new ConfigError(
      variable,
      `must be the provider's issuer URL, e.g. https://idp.example.com/realms/bank, for OIDC_CLIENT_ID (got "${issuerUrl}")`,
    );
  }
  if (production && url.protocol !== 'https:') {
    throw new ConfigError(variable, 'must use https:// with OIDC_CLIENT_ID when NODE_ENV=production');
  }
  const scopes = (optional(env, 'OIDC_SCOPES') ?? 'openid').split(/\s+/).filter((scope) => scope !== '');
  const badScope = scopes.find((scope) => !SCOPE_TOKEN.test(scope));
  if (badScope !== undefined) throw new ConfigError('OIDC_SCOPES', `holds an invalid scope "${badScope}"`);
  if (!scopes.includes('openid')) {
    throw new ConfigError('OIDC_SCOPES', 'must include openid (it is an OpenID Connect login)');
  }
  return {
    clientId,
    issuerUrl,
    discoveryUrl: `${issuerUrl.replace(/\/+$/, '')}/.well-known/openid-configuration`,
    scopes: [...new Set(scopes)],
  };
}

function docsConfig(env: Env, jwt: JwtConfig, production: boolean): DocsConfig {
  return {
    oidc: oidcLogin(env, jwt, production),
    persistAuthorization: oneOf(env, 'SWAGGER_PERSIST_AUTHORIZATION', ['true', 'false'], 'false') === 'true',
  };
}

// --- end Swagger UI sign-in ---

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'test', 'production'], 'development');
  const jwt = jwtConfig(env, nodeEnv);
  return {
    env: nodeEnv,
    host: optional(env, 'HOST') ?? '0.0.0.0',
    port: integer(env, 'PORT', 3000, 0, 65535),
    databaseUrl: databaseUrl(env),
    databaseReplicaUrls: databaseReplicaUrls(env),
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
    embeddedDataDir: optional(env, 'EMBEDDED_PG_DIR') ?? '.data/pg',
    embeddedPort: integer(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
    jwt,
    docs: docsConfig(env, jwt, nodeEnv === 'production'),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'], 'info'),
    seedDemo: oneOf(env, 'SEED_DEMO', ['true', 'false'], 'true') === 'true',
    summaryMaterialized: oneOf(env, 'SUMMARY_MATERIALIZED', ['true', 'false'], 'true') === 'true',
    summaryRefreshInterval: integer(env, 'SUMMARY_REFRESH_INTERVAL', 60, 0, 86_400),
    partitionMaintenanceInterval: integer(env, 'PARTITION_MAINTENANCE_INTERVAL', 3_600, 0, 2_678_400),
    retentionMonths: integer(env, 'RETENTION_MONTHS', 0, 0, 1_200),
    databasePoolTimeoutMs: integer(env, 'DATABASE_POOL_TIMEOUT_MS', 5_000, 50, 60_000),
    metricsPort: metricsPort(env, integer(env, 'PORT', 3000, 0, 65535)),

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
