/**
 * How long a 503 asks readers, crawlers and the admin to wait while the database is unreachable:
 * a restarted PostgreSQL is usually back within seconds.
 */
export const RETRY_AFTER_SECONDS = 30
