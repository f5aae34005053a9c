/** Readiness: 200 when the database answers and the process is not stopping (lib/server/health.ts). */
import { readiness } from '@/lib/server/health'

export const dynamic = 'force-dynamic'

export function GET(): Promise<Response> {
  return readiness()
}
