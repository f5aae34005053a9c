/** Readiness, at the address load balancers and docker-compose have always asked (lib/server/health.ts). */
import { readiness } from '@/lib/server/health'

export const dynamic = 'force-dynamic'

export function GET(): Promise<Response> {
  return readiness()
}
