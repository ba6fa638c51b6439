import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { ValidationFailedException } from '../errors/validation-failed.exception.js';

/** Keys Nest's ValidationPipe deletes from the request (in place) before transforming it. */
const STRIPPED_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * The global ValidationPipe, minus a blind spot: keys named like members of Object.prototype
 * never reach class-validator, so `forbidNonWhitelisted` never reported them and `?toString=1`,
 * `?constructor=1` or a nested `{"valueOf": 1}` were accepted and ignored. Nest deletes
 * `__proto__`, `prototype` and `constructor`; class-transformer skips any key whose name the
 * new instance inherits as a function (`toString`, `hasOwnProperty`, …). Every key of a
 * request DTO that did not survive is now a 400, like any other unknown property.
 */
export class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const stripped = keyPaths(value, (key) => STRIPPED_KEYS.has(key));
    const result: unknown = await super.transform(value, metadata);
    // Not a DTO (a primitive, or a body typed `unknown`): passed through, left to its handler.
    if (result === value) return result;
    const unknown = [...stripped, ...droppedKeys(value, result, '')];
    if (unknown.length > 0) {
      throw new ValidationFailedException(
        unknown.slice(0, 20).map((field) => ({ field, message: `property ${field} should not exist` })),
      );
    }
    return result;
  }
}

/** Dotted paths of the own keys (at any depth) that `match`. Iterative: bodies nest deep. */
function keyPaths(value: unknown, match: (key: string) => boolean): string[] {
  const found: string[] = [];
  const stack: { node: unknown; path: string }[] = [{ node: value, path: '' }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (!isContainer(node)) continue;
    for (const key of Object.keys(node)) {
      const field = path === '' ? key : `${path}.${key}`;
      if (match(key)) found.push(field);
      else stack.push({ node: node[key], path: field });
    }
  }
  return found;
}

/** Keys of `raw` missing from `transformed`, by dotted path. Bodies are depth-limited (json-body-guard.ts). */
function droppedKeys(raw: unknown, transformed: unknown, path: string): string[] {
  if (!isContainer(raw) || !isContainer(transformed) || Array.isArray(raw) !== Array.isArray(transformed)) return [];
  const dropped: string[] = [];
  for (const key of Object.keys(raw)) {
    const field = path === '' ? key : `${path}.${key}`;
    if (!Object.prototype.hasOwnProperty.call(transformed, key)) dropped.push(field);
    else dropped.push(...droppedKeys(raw[key], transformed[key], field));
  }
  return dropped;
}

function isContainer(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
