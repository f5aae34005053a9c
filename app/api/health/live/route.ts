/** Liveness: 200 while the process answers, whatever the database does (lib/server/health.ts). */
import { liveness } from '@/lib/server/health'

export const dynamic = 'force-dynamic'

export function GET(): Response {
  return liveness()
}
