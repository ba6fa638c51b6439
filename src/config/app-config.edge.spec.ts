import { loadConfig } from './app-config.js';

describe('loadConfig: edge protection and limits', () => {
  it('defaults: no CORS origin, HSTS 180 days, 1 MiB bodies, 6000 requests a minute, 15 s statements', () => {
    expect(loadConfig({})).toMatchObject({
      corsOrigins: [],
      hstsMaxAgeSeconds: 15_552_000,
      bodyLimitBytes: 1_048_576,
      rateLimitPerMinute: 6_000,
      databaseStatementTimeoutMs: 15_000,
    });
  });

  it('reads CORS_ORIGINS as a comma-separated list of exact origins, or * alone', () => {
    expect(loadConfig({ CORS_ORIGINS: ' https://app.example.com , http://localhost:5173,' }).corsOrigins).toEqual([
      'https://app.example.com',
      'http://localhost:5173',
    ]);
    expect(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins).toEqual(['*']);
    expect(loadConfig({ CORS_ORIGINS: ' ' }).corsOrigins).toEqual([]);
  });

  it.each([
    ['https://app.example.com/'],
    ['https://app.example.com/path'],
    ['app.example.com'],
    ['https://APP.example.com'],
    ['https://app.example.com:443'],
    ['ftp://files.example.com'],
    ['*, https://app.example.com'],
    ['https://*.example.com'],
  ])('rejects CORS_ORIGINS=%s: it would never match a browser Origin exactly', (origins) => {
    expect(() => loadConfig({ CORS_ORIGINS: origins })).toThrow(/^Invalid configuration: CORS_ORIGINS /);
  });

  it('takes 0 for "off" where docs/configuration.md says so', () => {
    expect(
      loadConfig({ HSTS_MAX_AGE_SECONDS: '0', RATE_LIMIT_PER_MINUTE: '0', DATABASE_STATEMENT_TIMEOUT_MS: '0' }),
    ).toMatchObject({ hstsMaxAgeSeconds: 0, rateLimitPerMinute: 0, databaseStatementTimeoutMs: 0 });
  });

  it.each([
    ['BODY_LIMIT_BYTES', '100'],
    ['BODY_LIMIT_BYTES', '1MB'],
    ['RATE_LIMIT_PER_MINUTE', '-1'],
    ['DATABASE_STATEMENT_TIMEOUT_MS', '1.5'],
    ['HSTS_MAX_AGE_SECONDS', 'forever'],
  ])('rejects %s=%s with a line naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^Invalid configuration: ${name} `));
  });
});
