/** One load scenario: autocannon against one URL, reduced to the figures the report prints. */
import autocannon from 'autocannon'

export interface LoadScenario {
  name: string
  url: string
  /** Sent with every request: the draft-mode headers for the uncached page. */
  headers?: Record<string, string>
}

export interface LoadFigures {
  name: string
  /** Responses received in the measured run, whatever their status. */
  responses: number
  requestsPerSecond: number
  /** Latencies of 2xx responses. */
  p50Milliseconds: number
  p99Milliseconds: number
  non2xx: number
  /** Connection errors and timeouts: requests that got no answer at all. */
  errors: number
  bytesPerResponse: number
}

export const WARM_UP_SECONDS = 2

export function runAutocannon(options: autocannon.Options, signal: AbortSignal): Promise<autocannon.Result> {
  signal.throwIfAborted()
  return new Promise((resolve, reject) => {
    const stopOnAbort = () => instance.stop()
    const instance = autocannon(options, (error, result) => {
      signal.removeEventListener('abort', stopOnAbort)
      if (signal.aborted) reject(signal.reason)
      else if (error) reject(error)
      else resolve(result)
    })
    signal.addEventListener('abort', stopOnAbort, { once: true })
  })
}

/** A short unmeasured run first, so that the measured one sees a warm server (and a filled cache). */
export async function measureLoad(
  scenario: LoadScenario,
  options: { durationSeconds: number; connections: number },
  signal: AbortSignal,
): Promise<LoadFigures> {
  const common = { url: scenario.url, headers: scenario.headers, connections: options.connections }
  await runAutocannon({ ...common, duration: WARM_UP_SECONDS }, signal)
  const result = await runAutocannon({ ...common, duration: options.durationSeconds }, signal)
  return {
    name: scenario.name,
    responses: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50Milliseconds: result.latency.p50,
    p99Milliseconds: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    // autocannon counts bytes (and latencies) of 2xx responses only.
    bytesPerResponse: result['2xx'] > 0 ? result.throughput.total / result['2xx'] : 0,
  }
}
