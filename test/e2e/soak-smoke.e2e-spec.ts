/**
 * The soak (`npm run soak`, dist/bench/soak.js) for a few seconds, so the harness cannot rot:
 * mixed traffic, then every check (nothing acknowledged lost or doubled, erasure held,
 * summaries equal to the history, no failed request) must pass, on the test run's server in
 * a database of its own. Figures are not judged here.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { dropTestDatabase } from '../support/database.js';
import { testEnv, withDatabase } from '../support/test-env.js';

describe('soak, smoke run', () => {
  const database = `${testEnv('runPrefix')}_soak`;

  afterAll(async () => {
    await dropTestDatabase(withDatabase(testEnv('adminUrl'), database));
  });

  it('drives every kind of request, and every check passes', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['dist/bench/soak.js', '--duration', '5s', '--customers', '200', '--connections', '4', '--database', database],
      { env: { ...process.env, DATABASE_URL: testEnv('adminUrl') }, maxBuffer: 16 * 2 ** 20, timeout: 110_000 },
    );
    const row = (label: string) => stdout.split('\n').find((line) => line.startsWith(`| ${label} |`));
    for (const kind of ['ingest', 'replay', 'profile', 'history', 'summary', 'erase', 'refresh']) {
      expect({ kind, row: row(kind) }).toEqual({
        kind,
        row: expect.stringMatching(new RegExp(`^\\| ${kind} \\| [\\d,]+ \\| 0 \\|`)),
      });
    }
    expect(stdout).not.toContain('**FAIL**');
    expect(stdout).toContain('| every acknowledged interaction stored (customers never erased) | pass |');
    expect(stdout).toContain('| summaries equal aggregating the history, after a final refresh | pass |');
  }, 120_000);
});
