import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('applies defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.env).toBe('development');
    expect(config.jwt.secret).toBeUndefined();
    expect(config.summaryMaterialized).toBe(true);
    expect(config.summaryRefreshInterval).toBe(60);
  });

  it('reads the summary settings; 0 disables the scheduled refresh', () => {
    const config = loadConfig({ SUMMARY_MATERIALIZED: 'false', SUMMARY_REFRESH_INTERVAL: '0' });
    expect(config.summaryMaterialized).toBe(false);
    expect(config.summaryRefreshInterval).toBe(0);
    expect(loadConfig({ SUMMARY_REFRESH_INTERVAL: '5' }).summaryRefreshInterval).toBe(5);
  });

  it.each([['-1'], ['1.5'], ['86401'], ['soon']])('rejects SUMMARY_REFRESH_INTERVAL=%s', (interval) => {
    expect(() => loadConfig({ SUMMARY_REFRESH_INTERVAL: interval })).toThrow(
      /^Invalid configuration: SUMMARY_REFRESH_INTERVAL /,
    );
  });

  it('keeps history forever and maintains partitions hourly by default; reads both settings', () => {
    expect(loadConfig({})).toMatchObject({ retentionMonths: 0, partitionMaintenanceInterval: 3600 });
    expect(loadConfig({ RETENTION_MONTHS: '13', PARTITION_MAINTENANCE_INTERVAL: '0' })).toMatchObject({
      retentionMonths: 13,
      partitionMaintenanceInterval: 0,
    });
  });

  it.each([
    ['RETENTION_MONTHS', '-1'],
    ['RETENTION_MONTHS', '1.5'],
    ['RETENTION_MONTHS', 'a year'],
    ['RETENTION_MONTHS', '1201'],
    ['PARTITION_MAINTENANCE_INTERVAL', '2678401'],
    ['PARTITION_MAINTENANCE_INTERVAL', 'hourly'],
  ])('rejects %s=%s', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
  });

  it('rejects SUMMARY_MATERIALIZED other than true or false', () => {
    expect(() => loadConfig({ SUMMARY_MATERIALIZED: 'yes' })).toThrow(/^Invalid configuration: SUMMARY_MATERIALIZED /);
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

  it('reads DATABASE_REPLICA_URLS as a comma-separated list; unset or blank: none', () => {
    expect(loadConfig({}).databaseReplicaUrls).toEqual([]);
    expect(loadConfig({ DATABASE_REPLICA_URLS: ' ' }).databaseReplicaUrls).toEqual([]);
    expect(
      loadConfig({ DATABASE_REPLICA_URLS: 'postgres://u:p@replica-1:5432/app, postgresql://u:p@replica-2/app,' })
        .databaseReplicaUrls,
    ).toEqual(['postgres://u:p@replica-1:5432/app', 'postgresql://u:p@replica-2/app']);
  });

  it.each([
    ['not a url', 'entry 1 is not a URL'],
    ['postgres://u:p@replica-1/app,mysql://root:secret@localhost/db', 'entry 2 must use the postgres:// scheme'],
    ['postgres://u:p@replica-1/app,postgres://u:p@replica-2', 'entry 2 must name a host and a database'],
  ])('rejects DATABASE_REPLICA_URLS=%s, naming the entry and never echoing it', (urls, problem) => {
    let message = '';
    try {
      loadConfig({ DATABASE_REPLICA_URLS: urls });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toMatch(new RegExp(`^Invalid configuration: DATABASE_REPLICA_URLS ${problem}`));
    // A URL may hold a password: the message names the entry, never its text.
    expect(message).not.toMatch(/secret|u:p|not a url/);
  });

  it('refuses to start in production without JWT_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required/);
  });

  it('refuses a short JWT_SECRET', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET must be at least 32 bytes/);
  });
});
