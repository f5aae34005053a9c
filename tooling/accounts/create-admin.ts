/**
 * `npm run create-admin`: an administrator account made on the server, which is how the first
 * one is made in production (the admin's first-user form is closed there), and how access is
 * regained when every admin has lost theirs. The e-mail and password come from ADMIN_EMAIL and
 * ADMIN_PASSWORD, or are asked for in the terminal (the password without echo, twice). The
 * password policy applies as everywhere else; an existing account is never changed. Whatever
 * goes wrong ends as one line and exit code 1.
 */
import { ValidationError } from 'payload'
import { z } from 'zod'

import { ConfigError, parseCreateAdminEnv, type CreateAdminEnv } from '../../lib/env-schema'
import { ScriptSetupError, startScriptPayload } from '../database/script-payload'
import { adminTranslations } from '../../lib/i18n/admin-translations'
import { ask, askHidden, PromptCancelled } from '../terminal-prompt'

import { minimumPasswordLength, passwordProblem } from '../../lib/accounts/password-policy'

/** The refusal a person at the terminal can act on. */
class CreateAdminRefused extends Error {
  override name = 'CreateAdminRefused'
}

interface Credentials {
  email: string
  password: string
  name?: string
}

export async function createAdminFromCommandLine(environment: Record<string, string | undefined>): Promise<number> {
  try {
    const credentials = await credentialsFrom(parseCreateAdminEnv(environment))
    refuseWeakPassword(credentials)
    await createAdmin(credentials)
    return 0
  } catch (error) {
    if (error instanceof PromptCancelled) return 130
    const known = [CreateAdminRefused, ConfigError, ScriptSetupError].some((kind) => error instanceof kind)
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    process.stderr.write(`create-admin: ${known ? message : `failed: ${message}`}\n`)
    return 1
  }
}

async function credentialsFrom(given: CreateAdminEnv): Promise<Credentials> {
  const interactive = Boolean(process.stdin.isTTY)
  if ((!given.ADMIN_EMAIL || !given.ADMIN_PASSWORD) && !interactive) {
    throw new CreateAdminRefused('set ADMIN_EMAIL and ADMIN_PASSWORD, or run it in a terminal to be asked for them')
  }
  const email = given.ADMIN_EMAIL ?? (await ask('E-mail address of the new administrator: '))
  if (!z.email().safeParse(email).success) throw new CreateAdminRefused(`not an e-mail address: ${email}`)
  const password = given.ADMIN_PASSWORD ?? (await askNewPassword())
  return { email, password, name: given.ADMIN_NAME }
}

async function askNewPassword(): Promise<string> {
  const password = await askHidden(`Password (at least ${minimumPasswordLength} characters, not shown): `)
  const again = await askHidden('The same password again: ')
  if (password !== again) throw new CreateAdminRefused('the two passwords differ')
  return password
}

/** Checked before the database is touched, with the policy's own words. */
function refuseWeakPassword({ email, name, password }: Credentials): void {
  const problem = passwordProblem(password, { email, name })
  if (!problem) return
  const message = adminTranslations.en.column[problem].replace('{{minimum}}', String(minimumPasswordLength))
  throw new CreateAdminRefused(`password refused: ${message}`)
}

async function createAdmin({ email, password, name }: Credentials): Promise<void> {
  const { payload, stop } = await startScriptPayload()
  try {
    const existing = await payload.count({ collection: 'users', where: { email: { equals: email.toLowerCase() } } })
    if (existing.totalDocs > 0) {
      throw new CreateAdminRefused(`an account with ${email} already exists; nothing was changed`)
    }
    await payload.create({ collection: 'users', data: { email, password, name, role: 'admin' }, overrideAccess: true })
    process.stdout.write(`Created the administrator ${email}. Sign in at ${payload.config.serverURL}/admin\n`)
  } catch (error) {
    if (error instanceof ValidationError) {
      const [first] = error.data.errors
      throw new CreateAdminRefused(first ? `${first.path}: ${first.message}` : error.message)
    }
    throw error
  } finally {
    await stop()
  }
}
