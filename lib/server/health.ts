/**
 * What an orchestrator asks this process (docs/reliability-faults.md):
 *
 * - liveness (`/api/health/live`): the process answers requests. Never asks the database, so an
 *   outage of PostgreSQL does not get the app restarted, which would not bring it back.
 * - readiness (`/api/health/ready`, and `/api/health` as before): the database answers and the
 *   process is not shutting down; 503 otherwise, so a load balancer sends readers elsewhere.
 *
 * The database's answer comes from lib/database/availability.ts: at most a second old, one query
 * on an open connection behind any number of health checks. Independent of Payload's start-up.
 */
import { databaseAvailability } from '@/lib/database/availability'

import { isStopping } from './stopping'

const noStore = { 'Cache-Control': 'no-store' }

export function liveness(): Response {
  return Response.json({ status: 'ok' }, { headers: noStore })
}

export async function readiness(): Promise<Response> {
  const { up } = await databaseAvailability()
  const database = up ? 'up' : 'down'
  if (isStopping()) return Response.json({ status: 'stopping', database }, { status: 503, headers: noStore })
  return Response.json({ status: up ? 'ok' : 'unavailable', database }, { status: up ? 200 : 503, headers: noStore })
}
