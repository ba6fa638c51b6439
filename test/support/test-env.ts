/**
 * What the global setup hands to every test file, through environment variables
 * (the only channel from Jest's global setup to its workers).
 */
export const TEST_ENV = {
  /** URL of a maintenance database on the test server (used for CREATE/DROP DATABASE). */
  adminUrl: 'CDAPI_TEST_ADMIN_URL',
  /** Migrated template every test file clones its own database from. */
  templateDb: 'CDAPI_TEST_TEMPLATE_DB',
  /** Prefix of every database this run creates, so teardown can drop them all. */
  runPrefix: 'CDAPI_TEST_RUN_PREFIX',
  /** Data directory of the embedded server, when the run started one. */
  embeddedDir: 'CDAPI_TEST_EMBEDDED_DIR',
} as const;

export function testEnv(name: keyof typeof TEST_ENV): string {
  const value = process.env[TEST_ENV[name]];
  if (!value) throw new Error(`${TEST_ENV[name]} is not set: run tests through \`npm test\` (jest global setup)`);
  return value;
}

/** Replaces the database name in a postgres URL. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
