import { jest } from '@jest/globals';
import { loadConfig } from '../../config/app-config.js';
import { JwtKey } from './jwt-key.js';
import { signToken } from './token-signer.js';
import { CLOCK_LEEWAY_SECONDS, TokenVerifier } from './token-verifier.js';

const SECRET = 'a-test-secret-that-is-at-least-32-bytes-long';

describe('TokenVerifier, verified HS256 tokens', () => {
  afterEach(() => jest.useRealTimers());

  function verifier(): TokenVerifier {
    const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: SECRET });
    return new TokenVerifier(new JwtKey(config), config);
  }

  it('keeps accepting a token it has verified until exp plus the leeway, and not a moment longer', async () => {
    jest.useFakeTimers({
      now: Date.parse('2026-11-28T12:00:00Z'),
      doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'],
    });
    const tokens = verifier();
    const token = signToken(SECRET, { subject: 'alice', roles: ['viewer'], expiresInSeconds: 10 });

    expect(await tokens.verify(token)).toEqual({ subject: 'alice', roles: ['viewer'] });
    jest.setSystemTime(Date.now() + (10 + CLOCK_LEEWAY_SECONDS - 1) * 1000);
    expect(await tokens.verify(token)).toEqual({ subject: 'alice', roles: ['viewer'] });
    jest.setSystemTime(Date.now() + 2000);
    await expect(tokens.verify(token)).rejects.toMatchObject({ status: 401 });
  });

  it('does not take another token for one it has seen', async () => {
    const tokens = verifier();
    const token = signToken(SECRET, { subject: 'alice', roles: ['admin'], expiresInSeconds: 60 });
    await tokens.verify(token);
    const [header, payload] = token.split('.');
    await expect(tokens.verify(`${header}.${payload}.${'A'.repeat(43)}`)).rejects.toMatchObject({ status: 401 });
  });
});
