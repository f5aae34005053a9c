/**
 * Payload's `migrate:down`, `migrate:reset`, `migrate:refresh` and `migrate:fresh` run the
 * migrations' `down` functions or drop the whole schema: on a live site they delete content.
 * Under NODE_ENV=production they refuse, in one line, unless the command line says `--force`
 * (`npm run payload -- migrate:down --force`). The guard sits on the database adapter itself, so
 * it holds however the Payload CLI is started (`npm run payload`, `npx payload`, a container).
 */
import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

const destructiveCommands = {
  migrateDown: 'migrate:down',
  migrateReset: 'migrate:reset',
  migrateRefresh: 'migrate:refresh',
  migrateFresh: 'migrate:fresh',
} as const

type DestructiveMethod = keyof typeof destructiveCommands

export interface GuardOptions {
  production: boolean
  /** The command's arguments; `--force` among them lets the command run. */
  argv?: readonly string[]
  /** Ends the command; by default one line on stderr and exit code 1, as the CLI's own errors do. */
  refuse?: (message: string) => never
}

export function refusalMessage(command: string): string {
  return (
    `${command} refused: NODE_ENV is production and it would undo migrations, deleting tables and their content. ` +
    `Take a backup first (npm run backup), then run it again with --force`
  )
}

function exitWithMessage(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(1)
}

export function refusingDestructiveMigrationsInProduction<Adapter extends BaseDatabaseAdapter>(
  adapterResult: DatabaseAdapterObj<Adapter>,
  options: GuardOptions,
): DatabaseAdapterObj<Adapter> {
  if (!options.production) return adapterResult
  const forced = () => (options.argv ?? process.argv).includes('--force')
  const refuse = options.refuse ?? exitWithMessage
  return {
    ...adapterResult,
    init: (args) => {
      const adapter = adapterResult.init(args)
      for (const [method, command] of Object.entries(destructiveCommands) as [DestructiveMethod, string][]) {
        const original = adapter[method] as (...parameters: unknown[]) => Promise<void>
        ;(adapter as Record<DestructiveMethod, unknown>)[method] = function (this: Adapter, ...parameters: unknown[]) {
          if (!forced()) refuse(refusalMessage(command))
          return original.apply(this, parameters)
        }
      }
      return adapter
    },
  }
}
