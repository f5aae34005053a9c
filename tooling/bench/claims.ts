/**
 * The claims guard's speed (issue 17): how long the analysers take to load and how much memory
 * they hold, then how long checking a whole episode in both locales takes after warm-up, field by
 * field as the server does on each save and for each request from the admin. Measured in this
 * process with the server's own code (lib/claims/check.ts): no build, no database.
 *
 * The episodes are the demo content's, and a long one made of two of them back to back (about
 * 12,000 characters in both locales, more than the published reference episode's 7,500 in English).
 */
import { checkText, loadClaimsMatcher } from '../../lib/claims/check'
import { locales, type Locale } from '../../lib/i18n/locales'
import * as content from '../seed/content'
import { percentile } from './soak-figures'

export interface ClaimsBenchFigures {
  load: { milliseconds: number; heapMegabytes: number; residentMegabytes: number }
  episodes: { name: string; characters: number; rounds: number; p50: number; p95: number; max: number }[]
  /** The target for p95, in milliseconds. */
  targetP95: number
}

const TARGET_P95_MILLISECONDS = 50
const WARM_UP_ROUNDS = 20
const MEASURED_ROUNDS = 200

type EpisodeText = Record<Locale, string[]>

/** One string per field (and per rich-text block), as the guard reads a document. */
function episodeFields(episode: (typeof content.episodes)[number]): EpisodeText {
  const of = (locale: Locale) => [
    episode.title[locale],
    episode.lead[locale],
    episode.transcript[locale],
    episode.seoDescription[locale],
    ...episode.body[locale].flatMap((block) => ('items' in block ? block.items : [block.text])),
  ]
  return { ja: of('ja'), en: of('en') }
}

function time(episode: EpisodeText): number {
  const started = performance.now()
  for (const locale of locales) for (const text of episode[locale]) checkText(text, locale)
  return performance.now() - started
}

export async function benchClaims(): Promise<ClaimsBenchFigures> {
  const residentBefore = process.memoryUsage().rss
  const load = await loadClaimsMatcher()
  const residentMegabytes = (process.memoryUsage().rss - residentBefore) / 2 ** 20

  const demo = content.episodes.map((episode) => ({ name: `episode ${episode.number}`, text: episodeFields(episode) }))
  const [first, second] = demo
  const long = first &&
    second && {
      name: `episodes ${content.episodes[0]!.number}+${content.episodes[1]!.number}`,
      text: { ja: [...first.text.ja, ...second.text.ja], en: [...first.text.en, ...second.text.en] },
    }
  const measured = long ? [...demo, long] : demo

  const episodes = measured.map(({ name, text }) => {
    for (let round = 0; round < WARM_UP_ROUNDS; round++) time(text)
    const samples = Array.from({ length: MEASURED_ROUNDS }, () => time(text)).sort((a, b) => a - b)
    const characters = locales.reduce((sum, locale) => sum + text[locale].join('').length, 0)
    return {
      name,
      characters,
      rounds: MEASURED_ROUNDS,
      p50: percentile(samples, 0.5),
      p95: percentile(samples, 0.95),
      max: samples.at(-1)!,
    }
  })
  return {
    load: { milliseconds: load.milliseconds, heapMegabytes: load.heapBytes / 2 ** 20, residentMegabytes },
    episodes,
    targetP95: TARGET_P95_MILLISECONDS,
  }
}

export function formatClaimsBench(figures: ClaimsBenchFigures): string {
  const { load } = figures
  const widths = [Math.max(12, ...figures.episodes.map((episode) => episode.name.length)), 10, 7, 7, 7, 7]
  const cell = (cells: string[]) =>
    cells.map((value, index) => (index === 0 ? value.padEnd(widths[0]!) : value.padStart(widths[index]!))).join('  ')
  const ms = (value: number) => value.toFixed(1)
  return [
    'Claims guard (lib/claims/check.ts), checked in this process, field by field, both locales per round',
    `Analysers loaded in ${load.milliseconds.toFixed(0)} ms; heap +${load.heapMegabytes.toFixed(0)} MB, resident +${load.residentMegabytes.toFixed(0)} MB`,
    cell(['', 'characters', 'rounds', 'p50 ms', 'p95 ms', 'max ms']),
    ...figures.episodes.map((episode) =>
      cell([
        episode.name,
        String(episode.characters),
        String(episode.rounds),
        ms(episode.p50),
        ms(episode.p95),
        ms(episode.max),
      ]),
    ),
    `Target: p95 under ${figures.targetP95} ms per episode in both locales after warm-up ` +
      `(slowest p95 here: ${ms(Math.max(...figures.episodes.map((episode) => episode.p95)))} ms)`,
  ].join('\n')
}
