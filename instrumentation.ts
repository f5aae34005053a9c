/**
 * Runs once when the Next.js server starts. The work is Node-only (database, Payload), so it
 * lives in its own module that the Edge build never sees.
 */
export async function register(): Promise<void> {
  // Next's own marker of the runtime this module was loaded in, not configuration (lib/env.ts).
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // TRACE and undecodable paths: 405 and 400 before Next.js throws on them (lib/http/early-refusals.ts).
    const { installEarlyRefusals } = await import('./lib/http/early-refusals')
    installEarlyRefusals()
    // Stored files keep their Content-Length, which Next.js drops (lib/http/content-length.ts).
    const { installContentLengthRestore } = await import('./lib/http/content-length')
    installContentLengthRestore()
    const { prepareServer } = await import('./lib/prepare-server')
    await prepareServer()
  }
}
