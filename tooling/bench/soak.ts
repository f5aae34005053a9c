/**
 * The soak (`npm run bench -- --soak`): readers on every page type for minutes on end while an
 * editor publishes, on the production build, to see what holds over time rather than in a burst:
 * no errors, latencies that stay level, and memory that does not creep up. A warm-up first
 * (caches filled, code compiled), then the measured run, in time slices for the report.
 */
import { loadavg } from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'

import { episodes, glossaryTerms } from '../seed/content'
import type { ProductionServer } from '../server/production-server'

import { findIdBySlug, publishJapanese, signIn, type AdminSession, type Credentials } from './admin-session'
import type { SoakOptions } from './options'
import { processTreeResidentBytes } from './process-memory'
import type { LatencySample } from './soak-figures'
import { planSoakPages, type SoakPage } from './soak-pages'
import { runReaders, SoakRecorder } from './soak-readers'

/**
 * Two minutes of the whole workload, readers and editor, before the start figure of memory is
 * read. On 2026-11-30, with 30 s of readers alone, RSS rose by a sixth in the first measured
 * minute (726 to 838 MB), when the editor's first publishes came, and then stayed level (831 to
 * 882 MB for nine minutes): the growth figure measured the editor's start, not a creep.
 */
export const SOAK_WARM_UP_SECONDS = 120
const MEMORY_SAMPLE_EVERY_MS = 5_000
const progress = (line: string) => process.stderr.write(`${line}\n`)

export interface MemorySample {
  /** From the start of the measured run. */
  atMilliseconds: number
  residentBytes: number
}

export interface SoakMeasurements {
  pages: SoakPage[]
  readers: number
  minutes: number
  publishEverySeconds: number
  samples: LatencySample[]
  errors: Map<string, number>
  rateLimited: Map<string, number>
  memory: MemorySample[]
  publishes: { savedMilliseconds: number[]; failures: string[] }
  /** Load average (1, 5 and 15 minutes) before the warm-up and after the run. */
  loadBefore: number[]
  loadAfter: number[]
}

/** What the editor publishes in turn: the episode's Japanese title, then a glossary term's tooltip. */
async function editorEdits(session: AdminSession): Promise<((marker: string) => Promise<void>)[]> {
  const episode = episodes[0]!
  const term = glossaryTerms[0]!
  const episodeId = await findIdBySlug(session, 'episodes', episode.slug)
  const termId = await findIdBySlug(session, 'glossary-terms', term.slug)
  return [
    (marker) => publishJapanese(session, 'episodes', episodeId, { title: `${episode.title.ja} ${marker}` }),
    (marker) =>
      publishJapanese(session, 'glossary-terms', termId, { shortDefinition: `ソークで書き換えた説明 ${marker}` }),
  ]
}

/**
 * Runs `each` at `startedAt + k × everyMs` (performance.now() times) before `until`, never two at
 * once, and stops early once `running()` says the readers have stopped.
 */
async function every(
  schedule: { everyMs: number; startedAt: number; until: number; running: () => boolean },
  each: (round: number) => Promise<void>,
): Promise<void> {
  for (let round = 0; schedule.running(); round++) {
    const at = schedule.startedAt + round * schedule.everyMs
    if (at >= schedule.until) return
    if (at > performance.now()) await sleep(at - performance.now())
    if (schedule.running()) await each(round)
  }
}

export async function soak(
  server: ProductionServer,
  admin: Credentials,
  options: { readers: number; soak: SoakOptions },
  signal: AbortSignal,
): Promise<SoakMeasurements> {
  const { readers, soak: soakOptions } = options
  const session = await signIn(server.baseUrl, admin)
  const pages = await planSoakPages(server.baseUrl)
  const edits = await editorEdits(session)
  const loadBefore = loadavg()
  const recorder = new SoakRecorder()
  const measuredMs = soakOptions.minutes * 60_000
  progress(
    `Soak: ${readers} readers over ${pages.length} pages for ${SOAK_WARM_UP_SECONDS} s of warm-up, ` +
      `then ${soakOptions.minutes} min measured, an edit published every ${soakOptions.publishEverySeconds} s...`,
  )
  const reading = runReaders(
    { baseUrl: server.baseUrl, pages, readers, seconds: SOAK_WARM_UP_SECONDS + measuredMs / 1000, recorder },
    signal,
  )
  let readersRunning = true
  // A run that fails or is interrupted ends the warm-up wait and the loops below.
  const stopped = reading.then(
    () => void (readersRunning = false),
    () => void (readersRunning = false),
  )
  // The editor publishes from the first second: the warm-up brings the server to the whole
  // workload before memory is first read. Its publishes are all counted, warm-up included.
  const warmUpFrom = performance.now()
  const publishes = { savedMilliseconds: [] as number[], failures: [] as string[] }
  const publish = every(
    {
      startedAt: warmUpFrom,
      until: warmUpFrom + SOAK_WARM_UP_SECONDS * 1000 + measuredMs,
      running: () => readersRunning,
      everyMs: soakOptions.publishEverySeconds * 1000,
    },
    async (round) => {
      const startedAt = performance.now()
      try {
        await edits[round % edits.length]!(`soak-${round}`)
        publishes.savedMilliseconds.push(performance.now() - startedAt)
      } catch (error) {
        publishes.failures.push((error as Error).message)
      }
    },
  )
  await Promise.race([sleep(SOAK_WARM_UP_SECONDS * 1000), stopped])
  recorder.startMeasuring()
  const measuredFrom = performance.now()
  const schedule = { startedAt: measuredFrom, until: measuredFrom + measuredMs, running: () => readersRunning }
  const memory: MemorySample[] = []
  // Every few seconds while the readers read: the first sample is the start figure, the last the end one.
  const sampleMemory = every({ ...schedule, everyMs: MEMORY_SAMPLE_EVERY_MS }, async (round) => {
    const atMilliseconds = performance.now() - measuredFrom
    memory.push({ atMilliseconds, residentBytes: await processTreeResidentBytes(server.pid) })
    const minutes = (round * MEMORY_SAMPLE_EVERY_MS) / 60_000
    if (minutes > 0 && Number.isInteger(minutes)) progress(`  ${minutes} min`)
  })
  await Promise.all([reading, sampleMemory, publish])
  return {
    pages,
    readers,
    minutes: soakOptions.minutes,
    publishEverySeconds: soakOptions.publishEverySeconds,
    samples: recorder.samples,
    errors: recorder.errors,
    rateLimited: recorder.rateLimited,
    memory,
    publishes,
    loadBefore,
    loadAfter: loadavg(),
  }
}
