/**
 * `npm run bench [-- --duration SECONDS --connections N --edits N --reuse-build]`, or
 * `npm run bench -- --soak [--soak-minutes N]`: what it measures, and how, in
 * tooling/bench/command-line.ts.
 */
import { runBench } from '../tooling/bench/command-line'

const interruption = new AbortController()
for (const signalName of ['SIGINT', 'SIGTERM'] as const) {
  // Ctrl-C arrives twice (from the terminal, and relayed by tsx); the second must not cut the cleanup short.
  process.on(signalName, () => {
    if (interruption.signal.aborted) return
    process.stderr.write(`${signalName}: stopping the server and dropping the database...\n`)
    interruption.abort(new Error(`interrupted by ${signalName}`))
  })
}

void runBench(process.argv.slice(2), interruption.signal).then((exitCode) => process.exit(exitCode))
