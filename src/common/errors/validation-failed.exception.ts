import type { ValidationError } from 'class-validator';
import type { FieldError } from './domain-error.js';

/** Thrown by the global ValidationPipe: one entry per bad field, with its dotted path. */
export class ValidationFailedException extends Error {
  constructor(readonly errors: FieldError[]) {
    super(
      errors.length === 1
        ? `${errors[0].field}: ${errors[0].message}`
        : `${errors.length} fields are invalid: ${errors.map((e) => e.field).join(', ')}`,
    );
    this.name = 'ValidationFailedException';
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
