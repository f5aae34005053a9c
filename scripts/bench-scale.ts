/**
 * `npm run bench:scale [-- --episodes N --sizes N,N,… --reuse-build --keep …]`: what it measures,
 * and how, in tooling/bench/scale.ts.
 */
import { runScaleBench } from '../tooling/bench/scale'
import { interruptedBySignals } from '../tooling/interruption'

const interruption = interruptedBySignals('stopping the servers and dropping the databases')

void runScaleBench(process.argv.slice(2), interruption).then((exitCode) => process.exit(exitCode))
