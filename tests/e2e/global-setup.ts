/**
 * End-to-end runs exercise the production path: the `next build` output started with
 * NODE_ENV=production on an empty database, which Payload migrates on start (prodMigrations).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import { createRunDatabase } from '../setup/run-database'
import { TEST_SECRET } from '../setup/test-secret'
import { ensureChromium } from './browser'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

function ensureBuild(): void {
  if (existsSync('.next/BUILD_ID')) return
  console.log('No production build found: running "next build" first...')
  const result = spawnSync(path.resolve('node_modules/.bin/next'), ['build'], { stdio: 'inherit' })
  if (result.status !== 0) throw new Error('next build failed')
}

async function waitUntilHealthy(baseUrl: string, server: ChildProcess, output: () => string) {
  for (let attempt = 0; attempt < 120; attempt++) {
    if (server.exitCode !== null) throw new Error(`next start exited early:\n${output()}`)
    const response = await fetch(`${baseUrl}/api/health`).catch(() => undefined)
    if (response?.ok) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`next start did not become healthy:\n${output()}`)
}

function runScript(script: string, args: string[], databaseUrl: string): void {
  const result = spawnSync(path.resolve('node_modules/.bin/tsx'), [script, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PAYLOAD_SECRET: TEST_SECRET, NODE_ENV: 'test', LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  })
  if (result.status !== 0) {
    const how = result.signal ? `was killed by ${result.signal}` : `exited with ${result.status}`
    throw new Error(`${script} ${how} on the e2e database:\n${result.stdout}${result.stderr}${result.error ?? ''}`)
  }
}

/**
 * Demo content for the reader pages, plus a draft and a Japanese-only episode; no users, so the
 * admin still starts at its first-user form.
 */
function seedDemoContent(databaseUrl: string): void {
  runScript('scripts/seed.ts', ['--without-admin'], databaseUrl)
  runScript('tests/e2e/seed-unpublished-content.ts', [], databaseUrl)
}

export default async function setup(project: TestProject) {
  ensureChromium()
  ensureBuild()
  const database = await createRunDatabase()
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  let output = ''
  const server = spawn(path.resolve('node_modules/.bin/next'), ['start', '-p', String(port)], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      PAYLOAD_SECRET: TEST_SECRET,
      SITE_URL: baseUrl,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout?.on('data', (chunk) => (output += chunk))
  server.stderr?.on('data', (chunk) => (output += chunk))
  try {
    await waitUntilHealthy(baseUrl, server, () => output)
    seedDemoContent(database.url)
  } catch (error) {
    server.kill()
    await database.drop()
    throw error
  }
  project.provide('baseUrl', baseUrl)

  return async () => {
    await new Promise<void>((resolve) => {
      server.once('exit', () => resolve())
      server.kill('SIGTERM')
    })
    await database.drop()
  }
}
