import type { ValidationError } from 'class-validator';
import type { FieldError } from './domain-error.js';

/** A problem carries at most this many field errors, so a body with 50,000 bad keys gets a small answer. */
export const MAX_FIELD_ERRORS = 100;
const NAMED_IN_DETAIL = 10;

/** Thrown by the global ValidationPipe: one entry per bad field, with its dotted path. */
export class ValidationFailedException extends Error {
  readonly errors: FieldError[];

  constructor(errors: FieldError[]) {
    const named = errors.slice(0, NAMED_IN_DETAIL).map((e) => e.field);
    super(
      errors.length === 1
        ? `${errors[0].field}: ${errors[0].message}`
        : `${errors.length} fields are invalid: ${named.join(', ')}${errors.length > named.length ? ', …' : ''}`,
    );
    this.name = 'ValidationFailedException';
    this.errors = errors.slice(0, MAX_FIELD_ERRORS);
  }

  static fromValidationErrors(errors: ValidationError[]): ValidationFailedException {
    return new ValidationFailedException(flatten(errors, ''));
  }
}

function flatten(errors: ValidationError[], prefix: string): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix === '' ? error.property : `${prefix}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
