/**
 * `npm run bench [-- --duration SECONDS --connections N --edits N --reuse-build]`, or
 * `npm run bench -- --soak [--soak-minutes N]`: what it measures, and how, in
 * tooling/bench/command-line.ts.
 */
import { runBench } from '../tooling/bench/command-line'
import { interruptedBySignals } from '../tooling/interruption'

const interruption = interruptedBySignals('stopping the server and dropping the database')

void runBench(process.argv.slice(2), interruption).then((exitCode) => process.exit(exitCode))
