/**
 * Whether this process has been asked to stop (SIGTERM, SIGINT). Readiness answers 503 from then
 * on, so a load balancer that still asks sends no more readers here. On globalThis: the signal
 * handler runs in the instrumentation bundle, the health route in another.
 */
const stoppingKey = Symbol.for('the-column.stopping')
const state = globalThis as typeof globalThis & { [stoppingKey]?: boolean }

export function markStopping(): void {
  state[stoppingKey] = true
}

export function isStopping(): boolean {
  return state[stoppingKey] === true
}
