import { isUtf8 } from 'node:buffer';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ValidationFailedException } from '../errors/validation-failed.exception.js';

/**
 * The `application/json` parser of every route. Fastify's own, with two differences:
 * - a body that is not UTF-8 (RFC 8259 §8.1) is a 400 naming where it breaks, instead of
 *   being decoded with U+FFFD in place of the bad bytes and stored altered;
 * - an empty body is no body on an operation that takes none: generated clients send
 *   `Content-Type: application/json` on every request. Where the document requires a body,
 *   an empty one is still Fastify's 400.
 * Lone surrogate escapes (`"\ud800"`) are valid UTF-8 text: json-body-guard.ts refuses them.
 */
export function registerJsonBodyParser(
  fastify: FastifyInstance,
  requiresBody: (request: FastifyRequest) => boolean,
): void {
  // Fastify's defaults: `__proto__` and `constructor.prototype` keys are refused.
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body: Buffer, done) => {
    if (body.length === 0 && !requiresBody(request)) {
      done(null, undefined);
      return;
    }
    if (!isUtf8(body)) {
      const at = invalidUtf8Offset(body);
      const bytes = [...body.subarray(at, at + 4)].map((b) => b.toString(16).toUpperCase().padStart(2, '0'));
      const message = `body is not valid UTF-8 (at byte ${at}: ${bytes.join(' ')}); JSON text must be UTF-8`;
      done(new ValidationFailedException([{ field: 'body', message }]), undefined);
      return;
    }
    void parseJson(request, body.toString('utf8'), done);
  });
}

/**
 * `METHOD /route/:param` (Fastify's route syntax) of every operation whose request body the
 * document marks required: the operations for which an empty body is an error.
 */
export function operationsRequiringBody(document: OpenAPIObject): Set<string> {
  const routes = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item as Record<string, unknown>)) {
      const body = (operation as { requestBody?: { required?: boolean } } | undefined)?.requestBody;
      if (body && body.required !== false) routes.add(`${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`);
    }
  }
  return routes;
}

/**
 * Offset of the first byte that does not begin a well-formed UTF-8 sequence (Unicode Table
 * 3-7: no overlong forms, no surrogates as CESU-8 writes them, nothing above U+10FFFF), or
 * -1 when all of them do. Only called once a body is known to be bad.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    let trailing: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) trailing = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      trailing = 2;
      if (lead === 0xe0) low = 0xa0; // overlong
      if (lead === 0xed) high = 0x9f; // surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      trailing = 3;
      if (lead === 0xf0) low = 0x90; // overlong
      if (lead === 0xf4) high = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= trailing; k++) {
      const byte = bytes[i + k] as number | undefined;
      if (byte === undefined || byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) return i;
    }
    i += trailing + 1;
  }
  return -1;
}
