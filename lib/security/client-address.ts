/**
 * Who is asking, for the rate limits: the client's address, read from headers, because neither
 * Next's proxy nor a route handler sees the connection itself.
 *
 * Behind the nginx of docker-compose (TRUST_PROXY=true) the app is reachable only through nginx,
 * which overwrites X-Real-IP with the address it was connected from, so a client cannot choose
 * it. Without TRUST_PROXY, X-Real-IP is ignored (anyone can send one) and the address is the
 * first entry of X-Forwarded-For, which Next fills with the connection's address when the request
 * has none. A client of a bare `next start` that sends its own X-Forwarded-For chooses its key:
 * on login and reset the ceiling for all clients together (lib/security/rate-limits.ts) bounds
 * what that buys; a public site belongs behind a proxy that sets X-Real-IP.
 */
import { isIPv6 } from 'node:net'

export function clientAddress(headers: Headers, trustProxy: boolean): string {
  const realIp = trustProxy ? headers.get('x-real-ip')?.trim() : undefined
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return addressKey(realIp || forwarded || 'unknown')
}

/**
 * One key per client: IPv4-mapped IPv6 as IPv4, and IPv6 by its /64, the block one subscriber
 * usually holds (counting every address in it separately would give one person 2^64 budgets).
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return mapped[1]!
  if (!isIPv6(address)) return address
  const [head = '', tail = ''] = address.toLowerCase().split('::')
  const headGroups = head ? head.split(':') : []
  const tailGroups = address.includes('::') && tail ? tail.split(':') : []
  const groups = address.includes('::')
    ? [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups]
    : headGroups
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}
