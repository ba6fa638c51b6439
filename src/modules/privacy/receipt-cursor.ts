/**
 * Positions in the receipt list: the (requested_at, id) of a page's last receipt, carried by
 * a SignedCursor bound to the customer filter. requested_at travels as text with
 * microseconds (a JavaScript Date would round it and skip or repeat receipts).
 */
export interface ReceiptPosition {
  at: string;
  id: string;
}

/** Cursors of this list are valid for this list only. */
export const RECEIPT_CURSOR_SCOPE = 'erasure-receipts';

const UTC_MICROS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The shape of a position this service signed. */
export function isReceiptPosition(value: unknown): value is ReceiptPosition {
  if (typeof value !== 'object' || value === null) return false;
  const { at, id } = value as Partial<ReceiptPosition>;
  return typeof at === 'string' && UTC_MICROS.test(at) && typeof id === 'string' && UUID.test(id);
}
