import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('applies defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.env).toBe('development');
    expect(config.jwt.secret).toBeUndefined();
  });

  it.each([['abc'], ['-1'], ['70000'], ['3.5']])('rejects PORT=%s with a line naming it', (port) => {
    expect(() => loadConfig({ PORT: port })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: port })).toThrow(/^Invalid configuration: PORT /);
  });

  it.each([['not a url'], ['mysql://root@localhost/db'], ['postgres://localhost']])(
    'rejects DATABASE_URL=%s',
    (url) => {
      expect(() => loadConfig({ DATABASE_URL: url })).toThrow(/^Invalid configuration: DATABASE_URL /);
    },
  );

  it('accepts postgres and postgresql URLs', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/app' }).databaseUrl).toBe(
      'postgresql://u:p@db:5432/app',
    );
  });

  it('refuses to start in production without JWT_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required/);
  });

  it('refuses a short JWT_SECRET', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET must be at least 32 bytes/);
  });
});
