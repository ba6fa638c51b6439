import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError } from '../errors/domain-error.js';
import { ServerSecrets } from '../../database/server-secrets.js';

/** The filters a page was asked with, after aliases are resolved; absent and undefined mean the same. */
export type CursorFilters = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** What a cursor carries, signed: where the next page starts and which filters it belongs to. */
interface CursorPayload {
  /** The position, as the list that made the cursor shaped it. */
  p: unknown;
  /** Fingerprint of the filters (keyed, so it tells nothing about them). */
  f: string;
}

const KEY_NAME = 'cursor_key';
const SIGNATURE_BYTES = 32;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * Opaque pagination cursors that clients cannot forge or alter: `payload.signature`, both
 * base64url, the signature an HMAC-SHA256 under a per-database key (ServerSecrets), so every
 * instance accepts every other's cursors and a restart does not invalidate them.
 *
 * A cursor is bound to its list (`scope`) and to the filters it was made with: used with
 * other filters, altered, or not a cursor at all, it is a 400 naming `cursor`. Positions
 * are shaped by the caller; `decode` checks their shape with the caller's guard, which
 * matters only for cursors signed by an older release, since nobody else can sign one.
 */
@Injectable()
export class SignedCursor {
  constructor(private readonly secrets: ServerSecrets) {}

  async encode(scope: string, position: unknown, filters: CursorFilters): Promise<string> {
    const key = await this.secrets.key(KEY_NAME);
    const payload: CursorPayload = { p: position, f: fingerprint(key, scope, filters) };
    const body = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
    return `${body}.${sign(key, scope, body).toString('base64url')}`;
  }

  /** The position `cursor` carries, if it was made by `encode(scope, …, filters)`; otherwise a 400 naming `cursor`. */
  async decode<P>(
    scope: string,
    cursor: string,
    filters: CursorFilters,
    isPosition: (value: unknown) => value is P,
  ): Promise<P> {
    const key = await this.secrets.key(KEY_NAME);
    const payload = verified(key, scope, cursor);
    if (payload === undefined || !isPosition(payload.p)) {
      throw invalidCursor('cursor is malformed or has been altered: pass back a nextCursor value unchanged');
    }
    if (!safeEqual(payload.f, fingerprint(key, scope, filters))) {
      throw invalidCursor(
        'cursor was made for other filters: repeat the filters of the request that returned it, or start without a cursor',
      );
    }
    return payload.p;
  }
}

/** The payload of a cursor whose signature holds, or undefined. */
function verified(key: Buffer, scope: string, cursor: string): CursorPayload | undefined {
  const parts = cursor.split('.');
  if (parts.length !== 2 || !parts.every((part) => BASE64URL.test(part))) return undefined;
  const [body, signature] = parts;
  const given = Buffer.from(signature, 'base64url');
  // base64url decoding ignores trailing bits: require the canonical spelling too, so that
  // no two strings are the same cursor.
  if (given.length !== SIGNATURE_BYTES || given.toString('base64url') !== signature) return undefined;
  if (!timingSafeEqual(given, sign(key, scope, body))) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as unknown;
    if (typeof payload === 'object' && payload !== null && typeof (payload as CursorPayload).f === 'string') {
      return payload as CursorPayload;
    }
  } catch {
    // Signed but unreadable: only a cursor of some other format would be; treated as malformed.
  }
  return undefined;
}

function sign(key: Buffer, scope: string, body: string): Buffer {
  return createHmac('sha256', key).update(`cursor\n${scope}\n${body}`, 'utf8').digest();
}

/** A keyed hash of the filters in a canonical form: key order and undefined-vs-absent do not matter. */
function fingerprint(key: Buffer, scope: string, filters: CursorFilters): string {
  const canonical = Object.keys(filters)
    .filter((name) => filters[name] !== undefined && filters[name] !== null)
    .sort()
    .map((name) => [name, filters[name]]);
  return createHmac('sha256', key)
    .update(`filters\n${scope}\n${JSON.stringify(canonical)}`, 'utf8')
    .digest()
    .subarray(0, 16)
    .toString('base64url');
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

function invalidCursor(message: string): DomainError {
  return new DomainError('invalid_input', message, [{ field: 'cursor', message }]);
}
