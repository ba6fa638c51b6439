/**
 * What services throw when a request cannot be honoured. Services never throw HTTP
 * exceptions: the code says what went wrong, and one table (problem-types.ts) says
 * what a client sees.
 */
export type DomainErrorCode = 'invalid_input' | 'not_found' | 'conflict' | 'unprocessable' | 'unavailable';

export interface FieldError {
  /** Dotted path of the offending field, e.g. `interactions.3.offerId`. */
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
