/**
 * `npm run bench:glossary [-- --terms N --characters N --runs N]`: the time to link glossary terms
 * in one episode body, with the old per-surface search (tooling/glossary/reference-linker.ts) and
 * with the Aho–Corasick linker (lib/glossary/linking.ts). Synthetic Japanese: N terms made of
 * kanji/katakana pieces (so many nest, as 幹細胞 inside 間葉系幹細胞), a body of paragraphs of ~200
 * characters that mentions some of them. Prints figures; asserts nothing.
 */
import { parseArgs } from 'node:util'

import { linkGlossaryTerms, type GlossaryLinkTarget } from '@/lib/glossary/linking'
import { richTextFromParagraphs } from '@/tooling/seed/rich-text'
import { linkGlossaryTermsByReference } from '@/tooling/glossary/reference-linker'

const { values } = parseArgs({
  options: {
    terms: { type: 'string', default: '2000' },
    characters: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '20' },
  },
})
const termCount = Number(values.terms)
const characterCount = Number(values.characters)
const runs = Number(values.runs)

let state = 20261202
const random = () => {
  state = (Math.imul(state, 1103515245) + 12345) >>> 0
  return state / 4294967296
}
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!

const pieces = [...'幹細胞間葉系培養上清再生医療免疫線維芽軟骨脂肪血小板'].concat([
  'エクソソーム',
  'サイトカイン',
  'ヒアルロン',
  'コラーゲン',
  'ペプチド',
])
const word = () => Array.from({ length: 2 + Math.floor(random() * 4) }, () => pick(pieces)).join('')

const targets: GlossaryLinkTarget[] = Array.from({ length: termCount }, (_, index) => ({
  slug: `term-${index}`,
  surfaces: random() < 0.3 ? [word(), word()] : [word()],
  shortDefinition: `用語 ${index} の説明。`,
}))

const glue = ['は', 'の', 'を', 'と', 'に', '、', '。', 'について', 'による']
const paragraphs: string[] = []
for (let length = 0; length < characterCount;) {
  let paragraph = ''
  while (paragraph.length < 200) paragraph += (random() < 0.3 ? pick(targets).surfaces[0] : word()) + pick(glue)
  paragraphs.push(paragraph)
  length += paragraph.length
}
const body = richTextFromParagraphs(paragraphs)
const bodyLength = paragraphs.join('').length

function timed(run: () => unknown): number {
  const start = process.hrtime.bigint()
  run()
  return Number(process.hrtime.bigint() - start) / 1e6
}

function summary(label: string, times: number[]) {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(2)
  console.log(`${label.padEnd(34)} median ${at(0.5).padStart(9)} ms   p95 ${at(0.95).padStart(9)} ms`)
}

console.log(`Linking a ${bodyLength}-character Japanese body against ${termCount} terms, ${runs} runs each`)
const firstUse = timed(() => linkGlossaryTerms(body, targets, 'ja'))
summary(
  'old (indexOf per surface)',
  Array.from({ length: Math.max(3, Math.ceil(runs / 4)) }, () =>
    timed(() => linkGlossaryTermsByReference(body, targets, 'ja')),
  ),
)
// Each page gets the glossary afresh from the cache, so every run gets its own copy (made untimed).
const copies = Array.from({ length: runs }, () => structuredClone(targets))
summary(
  'new (Aho–Corasick, automaton kept)',
  copies.map((copy) => timed(() => linkGlossaryTerms(body, copy, 'ja'))),
)
console.log(`${'new, first use (builds the automaton)'.padEnd(34)} ${firstUse.toFixed(2)} ms`)
