/**
 * When an ingested event happened: an RFC 3339 date-time (ISO 8601 with a date, a time
 * and an explicit offset), a real calendar instant, not before 2000-01-01 and not more
 * than 24 hours ahead of the server's clock (a little clock skew is fine; a year typo
 * is not).
 */
export const EARLIEST_EVENT_TIME = Date.UTC(2000, 0, 1);
export const MAX_FUTURE_SKEW_MS = 24 * 60 * 60 * 1000;

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

export type EventTimestampCheck = { ok: true; at: Date } | { ok: false; reason: 'format' | 'range' };

/** Parses and range-checks an event timestamp; `now` is the server clock. */
export function checkEventTimestamp(value: unknown, now: number = Date.now()): EventTimestampCheck {
  if (typeof value !== 'string') return { ok: false, reason: 'format' };
  const match = RFC3339.exec(value);
  if (!match) return { ok: false, reason: 'format' };
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const [fraction, sign, offsetHour, offsetMinute] = match.slice(7);
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, reason: 'format' };
  if (offsetHour !== undefined && (Number(offsetHour) > 23 || Number(offsetMinute) > 59)) {
    return { ok: false, reason: 'format' };
  }
  const midnight = new Date(0);
  midnight.setUTCFullYear(year, month - 1, day);
  // 2026-02-30 rolls over to March: not a real date.
  if (midnight.getUTCFullYear() !== year || midnight.getUTCMonth() !== month - 1 || midnight.getUTCDate() !== day) {
    return { ok: false, reason: 'format' };
  }
  const millis = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  const offset = sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHour) * 60 + Number(offsetMinute));
  const at = midnight.getTime() + ((hour * 60 + minute - offset) * 60 + second) * 1000 + millis;
  if (at < EARLIEST_EVENT_TIME || at > now + MAX_FUTURE_SKEW_MS) return { ok: false, reason: 'range' };
  return { ok: true, at: new Date(at) };
}
