/**
 * Server-side highlighting of search results. Japanese has no spaces between words, so matching is
 * by plain substring; readers type full-width and half-width forms interchangeably, so both sides
 * are compared in NFKC + lower case. NFKC can change length (㍻ → 平成, ｶﾞ → ガ), so the text is
 * normalised piece by piece while remembering where each normalised unit came from.
 */

export type Segment = { text: string; match: boolean }

type Range = [start: number, end: number]

// A base character with its combining marks; half-width ﾞ/ﾟ are not \p{M} but combine under NFKC.
const CLUSTER = /.[\p{M}\uFF9E\uFF9F]*/gsu

function normaliseWithMap(text: string): { normalised: string; starts: number[]; ends: number[] } {
  let normalised = ''
  const starts: number[] = []
  const ends: number[] = []
  for (const { 0: cluster, index } of text.matchAll(CLUSTER)) {
    const piece = cluster.normalize('NFKC').toLowerCase()
    normalised += piece
    for (let i = 0; i < piece.length; i++) {
      starts.push(index)
      ends.push(index + cluster.length)
    }
  }
  return { normalised, starts, ends }
}

function splitTerms(query: string): string[] {
  return query
    .split(/[\s\u3000]+/u)
    .map((term) => normaliseWithMap(term).normalised)
    .filter((term) => term.length > 0)
}

/** Match ranges in the original text, sorted, with overlapping or touching ranges merged. */
function matchRanges(text: string, query: string): Range[] {
  const { normalised, starts, ends } = normaliseWithMap(text)
  const found: Range[] = []
  for (const term of splitTerms(query)) {
    for (let at = normalised.indexOf(term); at !== -1; at = normalised.indexOf(term, at + 1)) {
      found.push([starts[at], ends[at + term.length - 1]])
    }
  }
  found.sort((a, b) => a[0] - b[0])
  const merged: Range[] = []
  for (const [start, end] of found) {
    const last = merged.at(-1)
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}

export function highlight(text: string, query: string): Segment[] {
  const ranges = matchRanges(text, query)
  if (ranges.length === 0) return [{ text, match: false }]
  const segments: Segment[] = []
  let cursor = 0
  for (const [start, end] of ranges) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), match: false })
    segments.push({ text: text.slice(start, end), match: true })
    cursor = end
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: false })
  return segments
}

export function normaliseQuery(
  raw: string | string[] | undefined,
  maxLength = 100,
): { query: string; tooLong: boolean } {
  const value = (Array.isArray(raw) ? raw[0] : raw) ?? ''
  const collapsed = [...value.trim().replace(/[\s\u3000]+/gu, ' ')]
  const tooLong = collapsed.length > maxLength
  // Counted in code points so a truncation never leaves half of a surrogate pair.
  return { query: (tooLong ? collapsed.slice(0, maxLength) : collapsed).join('').trimEnd(), tooLong }
}
