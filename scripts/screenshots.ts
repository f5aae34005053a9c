/** `npm run screenshots [-- --out DIRECTORY]`: what it takes, and how, in tooling/screenshots/. */
import { runScreenshots } from '../tooling/screenshots/command-line'

const interruption = new AbortController()
for (const signalName of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signalName, () => {
    if (interruption.signal.aborted) return
    process.stderr.write(`${signalName}: stopping the server and dropping the database...\n`)
    interruption.abort(new Error(`interrupted by ${signalName}`))
  })
}

void runScreenshots(process.argv.slice(2), interruption.signal).then((exitCode) => process.exit(exitCode))
