/** What an idempotent PUT did: the row as stored, and whether it was created (201) or replaced (200). */
export interface Upserted<T> {
  row: T;
  created: boolean;
}
