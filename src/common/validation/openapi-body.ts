import { createParamDecorator, type ExecutionContext, type Type } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { FastifyRequest } from 'fastify';
import type { FieldError } from '../errors/domain-error.js';
import { ValidationFailedException } from '../errors/validation-failed.exception.js';
import { ID_PATTERN, ID_RULE } from './fields.js';

/**
 * Request bodies validated against the published OpenAPI document itself, with a compiled
 * JSON-schema validator (ajv). The DTO classes stay the one source of truth: their
 * decorators describe the body in the document, and the document is what is enforced.
 *
 * For hot write paths: a 1000-item ingest batch takes ~35 ms through class-transformer and
 * class-validator on this machine, and well under 1 ms through a compiled schema.
 */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

let components: Record<string, unknown> | undefined;
const compiled = new Map<string, ValidateFunction>();
const ajv = new Ajv({ allErrors: true, strict: false, coerceTypes: false, useDefaults: false });
ajv.addFormat('date-time', RFC3339);

/** Called once the document is built (setupSwagger): every object in it is closed. */
export function useOpenApiDocumentForBodies(document: OpenAPIObject): void {
  const schemas = structuredClone(document.components?.schemas ?? {}) as Record<string, Record<string, unknown>>;
  for (const schema of Object.values(schemas)) {
    if (schema.type === 'object' && schema.additionalProperties === undefined) schema.additionalProperties = false;
  }
  components = { $id: 'openapi', components: { schemas } };
  compiled.clear();
  if (ajv.getSchema('openapi')) ajv.removeSchema('openapi');
  ajv.addSchema(components);
}

function validatorFor(dto: Type<unknown>): ValidateFunction {
  let validate = compiled.get(dto.name);
  if (!validate) {
    if (!components) throw new Error('OpenAPI document not loaded: call useOpenApiDocumentForBodies first');
    validate = ajv.compile({ $ref: `openapi#/components/schemas/${dto.name}` });
    compiled.set(dto.name, validate);
  }
  return validate;
}

/** `@OpenApiBody(Dto)`: the JSON body, checked against Dto's schema in the document (400 naming each field). */
export const OpenApiBody = createParamDecorator((dto: Type<unknown>, ctx: ExecutionContext): unknown => {
  const { body } = ctx.switchToHttp().getRequest<FastifyRequest>();
  const validate = validatorFor(dto);
  if (!validate(body)) throw new ValidationFailedException(toFieldErrors(validate.errors ?? []));
  return body;
});

function toFieldErrors(errors: ErrorObject[]): FieldError[] {
  return errors.slice(0, 100).map((error) => {
    const path = error.instancePath.split('/').slice(1).join('.');
    const params = error.params as Record<string, unknown>;
    if (error.keyword === 'required') {
      const field = join(path, String(params.missingProperty));
      return { field, message: `${field} is required` };
    }
    if (error.keyword === 'additionalProperties') {
      const field = join(path, String(params.additionalProperty));
      return { field, message: `property ${field} should not exist` };
    }
    const field = path === '' ? 'body' : path;
    const name = field.split('.').pop() ?? field;
    switch (error.keyword) {
      case 'pattern':
        return {
          field,
          message: params.pattern === ID_PATTERN.source ? `${name} must be ${ID_RULE}` : `${name} is malformed`,
        };
      case 'enum':
        return { field, message: `${name} must be one of: ${(params.allowedValues as unknown[]).join(', ')}` };
      case 'maxItems':
        return { field, message: `${name} must hold at most ${String(params.limit)} items` };
      case 'minItems':
        return { field, message: `${name} must hold at least ${String(params.limit)} item(s)` };
      case 'format':
        return {
          field,
          message: `${name} must be an ISO 8601 date-time with an offset, e.g. 2026-03-15T10:30:00.000Z`,
        };
      default:
        return { field, message: `${name} ${error.message ?? 'is invalid'}` };
    }
  });
}

function join(path: string, property: string): string {
  return path === '' ? property : `${path}.${property}`;
}
