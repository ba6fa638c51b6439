import { isUtf8 } from 'node:buffer';
import type { OpenAPIObject } from '@nestjs/swagger';
import { invalidUtf8Offset, operationsRequiringBody } from './json-body-parser.js';

describe('invalidUtf8Offset', () => {
  const bytes = (...parts: (string | number[])[]) =>
    Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));

  it('finds no fault in UTF-8, whatever the characters', () => {
    for (const text of [
      '',
      '{"a":1}',
      'é ß ǅ',
      '€ ￿ \uFFFD',
      '😀 𐍈 \u{10FFFF}',
      '\u0000 \u007F \u0080 \u07FF \u0800',
    ]) {
      expect(invalidUtf8Offset(Buffer.from(text))).toBe(-1);
    }
  });

  it('points at the first byte of what is not UTF-8, as Node itself judges it', () => {
    const cases: [Buffer, number][] = [
      [bytes('ab', [0xff]), 2],
      [bytes('ab', [0x80]), 2], // continuation without a lead
      [bytes('a', [0xc0, 0xaf]), 1], // overlong "/"
      [bytes('a', [0xc1, 0xbf]), 1], // overlong
      [bytes('a', [0xe0, 0x80, 0xaf]), 1], // overlong 3-byte
      [bytes('a', [0xf0, 0x80, 0x80, 0xaf]), 1], // overlong 4-byte
      [bytes('é', [0xed, 0xa0, 0x80]), 2], // CESU-8 high surrogate
      [bytes('', [0xed, 0xbf, 0xbf]), 0], // CESU-8 low surrogate
      [bytes('x', [0xf4, 0x90, 0x80, 0x80]), 1], // above U+10FFFF
      [bytes('', [0xf5, 0x80, 0x80, 0x80]), 0],
      [bytes('', [0xf8, 0x88, 0x80, 0x80, 0x80]), 0], // 5-byte form
      [bytes('ab', [0xe2, 0x82]), 2], // truncated at the end
      [bytes('ab', [0xe2, 0x82], 'c'), 2], // truncated before ASCII
      [bytes('😀', [0xf0, 0x9f, 0x98]), 4],
    ];
    for (const [buffer, offset] of cases) {
      expect({ buffer: buffer.toString('hex'), offset: invalidUtf8Offset(buffer) }).toEqual({
        buffer: buffer.toString('hex'),
        offset,
      });
      expect(isUtf8(buffer)).toBe(false);
    }
  });

  it('agrees with Node on every two-byte and three-byte sequence', () => {
    for (let a = 0x80; a <= 0xff; a++) {
      for (let b = 0; b <= 0xff; b++) {
        const pair = Buffer.from([a, b]);
        expect(invalidUtf8Offset(pair) === -1).toBe(isUtf8(pair));
        if (a >= 0xe0 && a <= 0xef) {
          const triple = Buffer.from([a, b, 0x80]);
          expect(invalidUtf8Offset(triple) === -1).toBe(isUtf8(triple));
        }
      }
    }
  });
});

describe('operationsRequiringBody', () => {
  it('lists the operations whose document requires a body, in Fastify route syntax', () => {
    const document = {
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
      paths: {
        '/api/v1/channels/{id}': {
          put: { requestBody: { required: true, content: {} }, responses: {} },
          get: { responses: {} },
        },
        '/api/v1/customers/{id}/merge': { post: { requestBody: { content: {} }, responses: {} } },
        '/api/v1/notes/{a}/{b}': { post: { requestBody: { required: false, content: {} }, responses: {} } },
        '/api/v1/customers/{id}': { delete: { responses: {} } },
      },
    } as unknown as OpenAPIObject;
    expect([...operationsRequiringBody(document)].sort()).toEqual([
      'POST /api/v1/customers/:id/merge',
      'PUT /api/v1/channels/:id',
    ]);
  });
});
