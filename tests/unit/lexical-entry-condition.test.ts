import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { lexicalEntryCondition, withLexicalEntryCondition } from '@/tooling/lexical-entry-condition'

const root = path.resolve(import.meta.dirname, '../..')

/** A plain Node process (no tsx, no vitest) in the project, with the given NODE_OPTIONS. */
function node(source: string, env: Record<string, string | undefined>) {
  const childEnv: Record<string, string | undefined> = { PATH: process.env.PATH, ...env }
  return spawnSync(process.execPath, ['--input-type=module', '-e', source], {
    cwd: root,
    encoding: 'utf8',
    env: childEnv as NodeJS.ProcessEnv,
    timeout: 60_000,
  })
}

describe('withLexicalEntryCondition', () => {
  it('asks for the development build unless NODE_ENV is production, as Lexical would choose', () => {
    expect(lexicalEntryCondition({ NODE_ENV: 'test' })).toBe('--conditions=development')
    expect(lexicalEntryCondition({})).toBe('--conditions=development')
    expect(lexicalEntryCondition({ NODE_ENV: 'production' })).toBe('--conditions=production')
  })

  it('adds the condition to NODE_OPTIONS, keeping what was there and adding it only once', () => {
    expect(withLexicalEntryCondition({ NODE_ENV: 'test' }).NODE_OPTIONS).toBe('--conditions=development')
    const once = withLexicalEntryCondition({ NODE_OPTIONS: '--max-old-space-size=4096' })
    expect(once.NODE_OPTIONS).toBe('--max-old-space-size=4096 --conditions=development')
    expect(withLexicalEntryCondition(once).NODE_OPTIONS).toBe(once.NODE_OPTIONS)
  })

  it('leaves the rest of the environment as it was', () => {
    const env = withLexicalEntryCondition({ DATABASE_URL: 'postgres://example/db', NODE_ENV: 'production' })
    expect(env).toEqual({
      DATABASE_URL: 'postgres://example/db',
      NODE_ENV: 'production',
      NODE_OPTIONS: '--conditions=production',
    })
  })
})

describe('a Node process started with the condition', () => {
  it('resolves Lexical to its build, not to the entry file with the top-level await', () => {
    const development = node("console.log(import.meta.resolve('lexical'))", withLexicalEntryCondition({}))
    expect(development.stdout.trim()).toMatch(/\/lexical\/dist\/Lexical\.dev\.mjs$/)
    const production = node(
      "console.log(import.meta.resolve('lexical'))",
      withLexicalEntryCondition({ NODE_ENV: 'production' }),
    )
    expect(production.stdout.trim()).toMatch(/\/lexical\/dist\/Lexical\.prod\.mjs$/)
  })

  // Without the condition about one run in two ends here with exit 13 and no output.
  it('loads the rich-text editor every time', () => {
    const source =
      "const { lexicalEditor } = await import('@payloadcms/richtext-lexical'); console.log(typeof lexicalEditor)"
    const runs = Array.from({ length: 4 }, () => node(source, withLexicalEntryCondition({ NODE_ENV: 'test' })))
    expect(runs.map((run) => [run.status, run.stdout.trim()])).toEqual(Array(4).fill([0, 'function']))
  })
})
