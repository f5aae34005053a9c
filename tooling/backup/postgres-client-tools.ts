/**
 * PostgreSQL's own client programs, which `npm run backup` and `npm run restore` run: pg_dump
 * writes the database, pg_restore reads its archive back as SQL and psql applies that SQL. They
 * are found on PATH (Debian's postgresql-client, or the database image's own in docker-compose).
 *
 * pg_dump refuses a server newer than itself, and pg_restore an archive written by a newer
 * pg_dump; both say so in words that do not say what to do, so the versions are compared first.
 */
import { spawn } from 'node:child_process'

import { BackupError } from './backup-error'

export type ClientTool = 'pg_dump' | 'pg_restore' | 'psql'

export interface PostgresVersion {
  /** As the program or server reports it: `15.20`, `18.1`. */
  text: string
  major: number
}

/** `pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)` → 15.20, major 15. */
export function parseClientVersion(output: string): PostgresVersion | undefined {
  const match = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(output)
  if (!match) return undefined
  return { text: match[2] === undefined ? match[1]! : `${match[1]}.${match[2]}`, major: Number(match[1]) }
}

/** From `server_version_num` (150020 → 15) and `server_version` (`15.20 (Debian …)` → 15.20). */
export function parseServerVersion(versionNum: string, version: string): PostgresVersion {
  return { text: version.split(' ')[0]!, major: Math.floor(Number(versionNum) / 10000) }
}

export async function clientToolVersion(tool: ClientTool): Promise<PostgresVersion> {
  const { stdout } = await runClientTool(tool, ['--version'])
  const version = parseClientVersion(stdout)
  if (!version)
    throw new BackupError(`${tool} --version answered "${stdout.trim()}", which names no PostgreSQL version`)
  return version
}

/**
 * What a client program needs to reach the database in `url`: the URL without its password (a
 * command line is visible to every user of the machine) and the password in PGPASSWORD.
 */
export function connectionFor(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url)
  const password = decodeURIComponent(parsed.password)
  parsed.password = ''
  return { dbname: parsed.toString(), env: password ? { ...process.env, PGPASSWORD: password } : { ...process.env } }
}

export interface ToolRun {
  stdout: string
}

/**
 * Runs a client program to its end. A program missing from PATH and a failure each end as one
 * BackupError line (the program's last line of complaint).
 */
export function runClientTool(
  tool: ClientTool,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; captureStdout?: boolean } = {},
): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    child.on('error', (error: NodeJS.ErrnoException) => reject(toolError(tool, error)))
    child.on('close', (code, signal) => {
      if (code === 0) resolve({ stdout })
      else
        reject(
          new BackupError(
            `${tool} failed: ${lastLine(stderr) || (signal ? `killed by ${signal}` : `exit code ${code}`)}`,
          ),
        )
    })
  })
}

export function toolError(tool: ClientTool, error: NodeJS.ErrnoException): BackupError {
  if (error.code === 'ENOENT') {
    return new BackupError(
      `${tool} was not found on PATH: install PostgreSQL's client tools (Debian: apt-get install postgresql-client), ` +
        `of the server's major version or newer`,
    )
  }
  return new BackupError(`could not run ${tool}: ${error.message}`)
}

export function lastLine(text: string): string {
  return text.trim().split('\n').at(-1)?.trim() ?? ''
}
