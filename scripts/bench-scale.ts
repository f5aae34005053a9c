/**
 * `npm run bench:scale [-- --episodes N --sizes N,N,… --reuse-build --keep …]`: what it measures,
 * and how, in tooling/bench/scale.ts.
 */
import { runScaleBench } from '../tooling/bench/scale'

const interruption = new AbortController()
for (const signalName of ['SIGINT', 'SIGTERM'] as const) {
  // Ctrl-C arrives twice (from the terminal, and relayed by tsx); the second must not cut the cleanup short.
  process.on(signalName, () => {
    if (interruption.signal.aborted) return
    process.stderr.write(`${signalName}: stopping the servers and dropping the databases...\n`)
    interruption.abort(new Error(`interrupted by ${signalName}`))
  })
}

void runScaleBench(process.argv.slice(2), interruption.signal).then((exitCode) => process.exit(exitCode))
