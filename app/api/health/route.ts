/**
 * Liveness and readiness for load balancers and docker-compose: 200 when PostgreSQL answers,
 * 503 when it does not. Independent of Payload's start-up, so it still answers when the CMS
 * cannot initialise.
 */
import { checkDatabaseConnection } from '@/lib/database/connection-check'
import { env } from '@/lib/env'

export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const database = await checkDatabaseConnection(env.DATABASE_URL, 2000)
  const healthy = database.ok
  return Response.json(
    { status: healthy ? 'ok' : 'unavailable', database: healthy ? 'up' : 'down' },
    { status: healthy ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  )
}
