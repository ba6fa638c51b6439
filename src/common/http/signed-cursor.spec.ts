import { randomBytes } from 'node:crypto';
import { DomainError } from '../errors/domain-error.js';
import type { ServerSecrets } from '../../database/server-secrets.js';
import { SignedCursor } from './signed-cursor.js';

interface Position {
  t: string;
  id: string;
}

const isPosition = (value: unknown): value is Position =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Position).t === 'string' &&
  typeof (value as Position).id === 'string';

function cursorsWithKey(key: Buffer): { cursors: SignedCursor; keyNames: string[] } {
  const keyNames: string[] = [];
  const secrets = {
    key: (name: string) => {
      keyNames.push(name);
      return Promise.resolve(key);
    },
  } as unknown as ServerSecrets;
  return { cursors: new SignedCursor(secrets), keyNames };
}

const SCOPE = 'interaction-history';
const POSITION: Position = { t: '2026-03-15T10:30:00.123456Z', id: 'ih_001' };
const FILTERS = { customerId: 'CUST001', offerId: 'offer_001', creativeId: undefined, type: 'click' };

/** The 400 a bad cursor gets: invalid_input naming `cursor`. */
async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DomainError);
  const domain = error as DomainError;
  expect(domain.code).toBe('invalid_input');
  expect(domain.errors?.map((e) => e.field)).toEqual(['cursor']);
  return domain;
}

describe('SignedCursor', () => {
  const key = randomBytes(32);
  const { cursors, keyNames } = cursorsWithKey(key);

  it('round-trips a position under the same filters, with the cursor key', async () => {
    const cursor = await cursors.encode(SCOPE, POSITION, FILTERS);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    await expect(cursors.decode(SCOPE, cursor, FILTERS, isPosition)).resolves.toEqual(POSITION);
    expect(new Set(keyNames)).toEqual(new Set(['cursor_key']));
  });

  it('does not care about key order, or absent versus undefined versus null filters', async () => {
    const cursor = await cursors.encode(SCOPE, POSITION, {
      type: 'click',
      offerId: 'offer_001',
      customerId: 'CUST001',
    });
    await expect(cursors.decode(SCOPE, cursor, FILTERS, isPosition)).resolves.toEqual(POSITION);
    await expect(
      cursors.decode(SCOPE, cursor, { ...FILTERS, creativeId: null, extra: undefined }, isPosition),
    ).resolves.toEqual(POSITION);
  });

  it('is accepted by another instance sharing the database key', async () => {
    const cursor = await cursors.encode(SCOPE, POSITION, FILTERS);
    const other = cursorsWithKey(Buffer.from(key)).cursors;
    await expect(other.decode(SCOPE, cursor, FILTERS, isPosition)).resolves.toEqual(POSITION);
  });

  it.each([
    ['another customer', { ...FILTERS, customerId: 'CUST002' }],
    ['a filter dropped', { ...FILTERS, type: undefined }],
    ['a filter added', { ...FILTERS, creativeId: 'creative_001' }],
    ['a value moved to another filter', { ...FILTERS, offerId: undefined, creativeId: 'offer_001' }],
    ['no filters at all', {}],
  ])('rejects a cursor used with other filters: %s', async (_case, filters) => {
    const cursor = await cursors.encode(SCOPE, POSITION, FILTERS);
    const error = await rejection(cursors.decode(SCOPE, cursor, filters, isPosition));
    expect(error.message).toMatch(/other filters/);
  });

  it('rejects a cursor of another list', async () => {
    const cursor = await cursors.encode('offers', POSITION, FILTERS);
    await rejection(cursors.decode(SCOPE, cursor, FILTERS, isPosition));
  });

  it('rejects a cursor signed with another key', async () => {
    const forged = await cursorsWithKey(randomBytes(32)).cursors.encode(SCOPE, POSITION, FILTERS);
    const error = await rejection(cursors.decode(SCOPE, forged, FILTERS, isPosition));
    expect(error.message).toMatch(/malformed or has been altered/);
  });

  it('rejects every single-character change of a cursor', async () => {
    const cursor = await cursors.encode(SCOPE, POSITION, FILTERS);
    for (let i = 0; i < cursor.length; i++) {
      const flipped = cursor[i] === 'A' ? 'B' : 'A';
      const tampered = cursor.slice(0, i) + flipped + cursor.slice(i + 1);
      await rejection(cursors.decode(SCOPE, tampered, FILTERS, isPosition));
    }
  });

  it('rejects a payload rewritten to another position, even with the old signature', async () => {
    const cursor = await cursors.encode(SCOPE, POSITION, FILTERS);
    const [body, signature] = cursor.split('.');
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    payload.p.t = '2030-01-01T00:00:00.000000Z';
    const rewritten = `${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`;
    await rejection(cursors.decode(SCOPE, rewritten, FILTERS, isPosition));
  });

  it.each([
    ['an empty string', ''],
    ['garbage', 'not a cursor'],
    ['a lone dot', '.'],
    ['no signature', 'eyJwIjp7fX0'],
    ['an empty signature', 'eyJwIjp7fX0.'],
    ['three parts', 'a.b.c'],
    ['an old unsigned id cursor', Buffer.from(JSON.stringify({ after: 'x' })).toString('base64url')],
    ['a short signature', `eyJwIjp7fX0.${Buffer.alloc(16).toString('base64url')}`],
    ['non-base64url characters', 'eyJwIjp7fX0=.abc+/'],
  ])('rejects %s as malformed', async (_case, cursor) => {
    const error = await rejection(cursors.decode(SCOPE, cursor, FILTERS, isPosition));
    expect(error.message).toMatch(/malformed/);
  });

  it('rejects a correctly signed cursor whose position has the wrong shape', async () => {
    const cursor = await cursors.encode(SCOPE, { t: 42 }, FILTERS);
    await rejection(cursors.decode(SCOPE, cursor, FILTERS, isPosition));
  });

  it('rejects a non-canonical spelling of a valid signature', async () => {
    const cursor = await cursors.encode(SCOPE, POSITION, FILTERS);
    const [body, signature] = cursor.split('.');
    // 32 bytes are 43 base64url characters; the last one carries 2 unused bits.
    const last = signature[signature.length - 1];
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sibling = alphabet[alphabet.indexOf(last) ^ 1];
    const respelled = `${body}.${signature.slice(0, -1)}${sibling}`;
    expect(Buffer.from(respelled.split('.')[1], 'base64url')).toEqual(Buffer.from(signature, 'base64url'));
    await rejection(cursors.decode(SCOPE, respelled, FILTERS, isPosition));
  });
});
