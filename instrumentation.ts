/**
 * Runs once when the Next.js server starts. The work is Node-only (database, Payload), so it
 * lives in its own module that the Edge build never sees.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { prepareServer } = await import('./lib/prepare-server')
    await prepareServer()
  }
}
