/**
 * The claims guard's analysers stay on the server (issue 17): the production build's browser code
 * carries neither kuromoji and its dictionary nor wink-nlp, while its server code does, so the
 * markers below are ones a bundler would copy along with the library.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { buildDirectory } from '@/tooling/server/production-server'

const root = path.resolve(import.meta.dirname, '../..')
/** Words from kuromoji's dictionary loader (its file names) and from wink-nlp's model. */
const markers = /base\.dat\.gz|tid_map\.dat\.gz|kuromoji|wink-nlp|wink-eng-lite/

function scripts(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .map((name) => path.join(directory, name))
}

function carrying(files: string[]): string[] {
  return files.filter((file) => markers.test(readFileSync(file, 'utf8')))
}

describe("the production build's browser code", () => {
  it('carries no analyser of the claims guard, which the server code does', () => {
    const browserCode = scripts(path.join(root, buildDirectory, 'static'))
    expect(browserCode.length).toBeGreaterThan(10)
    expect(carrying(browserCode)).toEqual([])
    expect(carrying(scripts(path.join(root, buildDirectory, 'server'))).length).toBeGreaterThan(0)
  })
})
