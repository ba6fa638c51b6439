/**
 * The app's connections carry a statement_timeout (DATABASE_STATEMENT_TIMEOUT_MS), so a
 * slow request query is cancelled (503) instead of holding a pooled connection. Maintenance
 * that is long on purpose (migrations, the summary refresh, the demo seeder) lifts it for
 * its own transaction or session with these statements; request paths never do.
 */

/** For the rest of the current transaction only: it ends with the commit or rollback. */
export const LIFT_STATEMENT_TIMEOUT_FOR_TRANSACTION = 'SET LOCAL statement_timeout = 0';

/** For the session; run RESTORE_STATEMENT_TIMEOUT before the connection goes back to the pool. */
export const LIFT_STATEMENT_TIMEOUT_FOR_SESSION = 'SET statement_timeout = 0';

/** Back to the connection's own value (the one sent when it connected). */
export const RESTORE_STATEMENT_TIMEOUT = 'RESET statement_timeout';
