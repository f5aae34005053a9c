/**
 * `npm run screenshots` works on the current pages: two of its reader screenshots, taken into a
 * temporary directory, are PNGs of the screen's size in device pixels with something drawn on
 * them. (The desk's needs an admin, which this server keeps out of its database for admin.test.ts;
 * `npm run screenshots` itself takes it.)
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { plannedScreenshots, takeScreenshots } from '../../tooling/screenshots/take'

const baseUrl = inject('baseUrl')
let directory: string

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'column-screenshots-'))
})

afterAll(async () => {
  await rm(directory, { recursive: true, force: true })
})

describe('npm run screenshots', () => {
  it('writes the first screen of the home on a phone and of an episode on a desktop as PNGs', async () => {
    const wanted = ['home-ja-phone.png', 'episode-en-desktop.png']
    const shots = plannedScreenshots().filter((shot) => wanted.includes(shot.file))
    expect(shots).toHaveLength(2)
    const written = await takeScreenshots({ baseUrl, directory, shots })
    expect(written.map((file) => path.basename(file))).toEqual(wanted)
    const expectedSizes = [
      { width: 390 * 2, height: 844 * 2 },
      { width: 1280, height: 800 },
    ]
    for (const [index, file] of written.entries()) {
      const image = sharp(file)
      const { format, width, height } = await image.metadata()
      expect({ format, width, height }).toEqual({ format: 'png', ...expectedSizes[index] })
      // A blank page (an error, a page still loading) would be one colour.
      const { channels } = await image.stats()
      expect(Math.max(...channels.map((channel) => channel.stdev))).toBeGreaterThan(10)
    }
  })
})
