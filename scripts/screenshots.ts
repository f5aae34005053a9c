/** `npm run screenshots [-- --out DIRECTORY]`: what it takes, and how, in tooling/screenshots/. */
import { runScreenshots } from '../tooling/screenshots/command-line'
import { interruptedBySignals } from '../tooling/interruption'

const interruption = interruptedBySignals('stopping the server and dropping the database')

void runScreenshots(process.argv.slice(2), interruption).then((exitCode) => process.exit(exitCode))
