import { DomainError } from '../../common/errors/domain-error.js';

/**
 * Opaque cursors of the receipt list: the (requested_at, id) of a page's last receipt, and
 * the customer filter the page was made with. requested_at travels as text with
 * microseconds (a JavaScript Date would round it and skip or repeat receipts).
 */
export interface ReceiptPosition {
  at: string;
  id: string;
}

interface CursorBody extends ReceiptPosition {
  /** The customer hash filtered on, or null: a cursor only continues the list it came from. */
  f: string | null;
}

const UTC_MICROS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeReceiptCursor(position: ReceiptPosition, customerHash: string | undefined): string {
  const body: CursorBody = { at: position.at, id: position.id, f: customerHash ?? null };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

export function decodeReceiptCursor(
  cursor: string | undefined,
  customerHash: string | undefined,
): ReceiptPosition | undefined {
  if (cursor === undefined) return undefined;
  let body: Partial<CursorBody> | undefined;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorBody>;
  } catch {
    body = undefined;
  }
  if (
    typeof body !== 'object' ||
    body === null ||
    typeof body.at !== 'string' ||
    !UTC_MICROS.test(body.at) ||
    typeof body.id !== 'string' ||
    !UUID.test(body.id) ||
    (body.f !== null && typeof body.f !== 'string')
  ) {
    throw invalidCursor('cursor is malformed: pass back a nextCursor value unchanged');
  }
  if (body.f !== (customerHash ?? null)) {
    throw invalidCursor('cursor belongs to a list with another customerId filter');
  }
  return { at: body.at, id: body.id };
}

function invalidCursor(detail: string): DomainError {
  return new DomainError('invalid_input', detail, [{ field: 'cursor', message: detail }]);
}
