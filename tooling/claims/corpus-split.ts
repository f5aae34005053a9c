/**
 * A deterministic split of the claims corpus into a development part (about two thirds), which
 * the structural matcher's vocabularies may be tuned against, and a held-out part (about one
 * third), which is only measured. The part follows from the sentence alone (a stable hash of its
 * folded text), so adding sentences never moves old ones between parts.
 */
import { duplicateKey, type CorpusRecord } from './corpus'

export type CorpusPart = 'development' | 'held-out'
export const corpusParts: readonly CorpusPart[] = ['development', 'held-out']

/** 32-bit FNV-1a over the UTF-16 code units: small, stable across Node versions, no dependency. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/** Which part a record belongs to: one in three, by hash, is held out. */
export function corpusPart(record: Pick<CorpusRecord, 'language' | 'sentence'>): CorpusPart {
  return fnv1a(duplicateKey(record)) % 3 === 0 ? 'held-out' : 'development'
}
