/**
 * Text preparation for the claims matcher: NFKC normalisation with a map back to the original
 * text, and sentence splitting. Rules match the normalised text, but findings must point at
 * what the author actually wrote, so every normalised code unit remembers its source span.
 */

export interface NormalisedText {
  text: string
  /** For each code unit of `text`: where its source cluster starts / ends in the original. */
  startAt: number[]
  endAt: number[]
}

export interface Span {
  start: number
  end: number
}

// A base character with the marks that NFKC composes into it: ｶﾞ (ｶ + U+FF9E) must become ガ,
// which per-character normalisation would leave as カ + a combining mark.
const CLUSTER = /[\s\S][\p{M}\uFF9E\uFF9F]*/gu
const INLINE_SPACE = /^[^\S\r\n]+$/

/**
 * NFKC-normalises `original`. With `dropSpaces` (Japanese), spaces and tabs are left out so that
 * 「必ず 治る」 or a line wrapped mid-phrase still matches; line breaks are kept as boundaries.
 */
export function normalise(original: string, dropSpaces: boolean): NormalisedText {
  const pieces: string[] = []
  const startAt: number[] = []
  const endAt: number[] = []
  for (const cluster of original.matchAll(CLUSTER)) {
    const normalised = cluster[0].normalize('NFKC')
    if (dropSpaces && INLINE_SPACE.test(normalised)) continue
    const from = cluster.index
    const to = from + cluster[0].length
    pieces.push(normalised)
    for (let k = 0; k < normalised.length; k++) {
      startAt.push(from)
      endAt.push(to)
    }
  }
  return { text: pieces.join(''), startAt, endAt }
}

/** The original span covering normalised code units [start, end). */
export function originalSpan(normalised: NormalisedText, start: number, end: number): Span {
  return { start: normalised.startAt[start]!, end: normalised.endAt[end - 1]! }
}

const JA_TERMINATORS = new Set(['。', '!', '?'])
const JA_OPEN_QUOTES = new Set(['「', '『'])
const JA_CLOSE_QUOTES = new Set(['」', '』'])
const TRAILING_CLOSERS = /["'”’)\]」』]/
// "No. 1", "Dr. Sato", "e.g. exosomes": a full stop after these does not end the sentence.
const EN_ABBREVIATION = /(?:^|[^\w])(?:no|dr|mr|mrs|ms|prof|vs|fig|approx|e\.g|i\.e)$/i

/**
 * Sentences of a normalised text, as spans. A line break always ends a sentence (headings and
 * list items carry no full stop). Japanese ends at 。!? outside 「」『』, so a quoted claim stays
 * whole; English ends at . ! ? followed by whitespace, except after common abbreviations or
 * before a lower-case word or a digit.
 */
/** A sentence span of the normalised text as written in the original: trimmed, and where it starts. */
export function originalSentence(
  original: string,
  normalised: NormalisedText,
  span: Span,
): { sentence: string; sentenceStart: number } {
  const { start, end } = originalSpan(normalised, span.start, span.end)
  const written = original.slice(start, end)
  return { sentence: written.trim(), sentenceStart: start + Math.max(0, written.search(/\S/)) }
}

export function splitSentences(text: string, locale: 'ja' | 'en'): Span[] {
  const spans: Span[] = []
  let start = 0
  let quoteDepth = 0
  const push = (end: number) => {
    if (text.slice(start, end).trim() !== '') spans.push({ start, end })
    start = end
  }

  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '\n' || c === '\r') {
      push(i)
      start = i + 1
      quoteDepth = 0
      continue
    }
    if (locale === 'ja') {
      if (JA_OPEN_QUOTES.has(c)) quoteDepth++
      else if (JA_CLOSE_QUOTES.has(c)) quoteDepth = Math.max(0, quoteDepth - 1)
      else if (quoteDepth === 0 && JA_TERMINATORS.has(c)) {
        const end = skipTerminatorRun(text, i, /[。!?]/)
        push(end)
        i = end - 1
      }
      continue
    }
    if (c === '.' || c === '!' || c === '?') {
      const end = skipTerminatorRun(text, i, /[.!?]/)
      if (end < text.length && !/\s/.test(text[end]!)) continue
      if (c === '.' && continuesAfterFullStop(text, i, end)) continue
      push(end)
      i = end - 1
    }
  }
  push(text.length)
  return spans
}

function skipTerminatorRun(text: string, at: number, terminator: RegExp): number {
  let end = at + 1
  while (end < text.length && terminator.test(text[end]!)) end++
  while (end < text.length && TRAILING_CLOSERS.test(text[end]!)) end++
  return end
}

function continuesAfterFullStop(text: string, dot: number, end: number): boolean {
  if (EN_ABBREVIATION.test(text.slice(Math.max(0, dot - 8), dot))) return true
  const next = /\S/.exec(text.slice(end))?.[0]
  return next !== undefined && /[\p{Ll}\d]/u.test(next)
}
