/**
 * Reads one analysed sentence into slot hits: which words fill which slot of a promise, and the
 * sentence's stance towards them (denied, questioned, cautioned). Vocabulary is in vocabulary.ts;
 * what is structural lives here: negation read from the analysis, a harm declared absent, a
 * figure about results, a time span, before set against after.
 */
import type { Token } from './analysers'
import {
  englishClaimVerbs,
  englishAbsence,
  englishAilments,
  englishConditions,
  englishFading,
  englishHarmVerbs,
  englishLingering,
  englishReaching,
  englishSpeedEffects,
  englishSuccessWords,
  englishTreatmentUnits,
  englishDeniable,
  englishLemmas,
  englishNegators,
  englishNominalOutcomes,
  englishRecurrence,
  englishOpenRivals,
  englishProviders,
  englishSymptoms,
  japaneseClaimVerbs,
  japaneseEvidence,
  japaneseFading,
  japaneseIndeterminates,
  japaneseLemmas,
  japaneseOpenRivals,
  japaneseNegators,
  japaneseRecurrence,
  japaneseAilments,
  japaneseSpeedEffects,
  type Slot,
} from './vocabulary'

export interface Hit {
  slot: Slot
  /** Token range [from, to) and character range [start, end) in the sentence. */
  from: number
  to: number
  start: number
  end: number
}

export interface Reading {
  tokens: Token[]
  hits: Hit[]
  /** The sentence denies a claim as a whole: とは言えません, わけではない, "nobody can promise". */
  denied: boolean
  /**
   * A negation that is neither part of a claim (no side effects) nor a condition (if it does not
   * work): it may undo an outcome, but not a figure or a refund.
   */
  negated: boolean
  /** A question that answers itself ("Why have surgery when …?"): it asserts, it does not ask. */
  rhetorical: boolean
}

type Vocabulary = Map<string, { slot: Slot; words: string[] }[]>

function vocabularyOf(
  lemmas: Partial<Record<Slot, readonly string[]>>,
  split: (entry: string) => string[],
): Vocabulary {
  const byFirst: Vocabulary = new Map()
  for (const [slot, entries] of Object.entries(lemmas) as [Slot, readonly string[]][]) {
    for (const entry of entries) {
      const words = split(entry)
      const first = words[0]!
      byFirst.set(first, [...(byFirst.get(first) ?? []), { slot, words }])
    }
  }
  return byFirst
}

// English entries are words separated by spaces; a hyphen is its own token in wink's reading.
const englishVocabulary = vocabularyOf(englishLemmas, (entry) => entry.split(/\s+/))
const englishHyphenated = vocabularyOf(englishLemmas, (entry) =>
  entry.split(/\s+|(?=-)|(?<=-)/).filter((word) => word !== ''),
)
const japaneseSet = (words: readonly string[]) => new Set(words)

/** The forms under which a token may be looked up: its lemma, its surface, lower-cased. */
function keysOf(token: Token): string[] {
  const surface = token.surface.toLowerCase()
  const keys = token.lemma === surface ? [surface] : [token.lemma, surface]
  // Names the model does not lemmatise (Exosomes, read as a proper noun): their singular as well.
  if (token.pos === 'PROPN' && surface.endsWith('s')) keys.push(surface.slice(0, -1))
  // Participles the model reads as adjectives (revitalized, soothing): their verb as well.
  const participle = /^(.{3,}?)(?:ed|ing)$/.exec(surface)
  if (participle && token.pos !== 'VERB') keys.push(participle[1]!, `${participle[1]!}e`)
  return keys
}

function vocabularyHits(tokens: Token[], vocabularies: Vocabulary[]): Hit[] {
  const hits: Hit[] = []
  tokens.forEach((token, from) => {
    for (const vocabulary of vocabularies) {
      for (const key of keysOf(token)) {
        for (const { slot, words } of vocabulary.get(key) ?? []) {
          const to = from + words.length
          if (to > tokens.length) continue
          if (!words.every((word, k) => keysOf(tokens[from + k]!).includes(word))) continue
          if (hits.some((hit) => hit.slot === slot && hit.from === from && hit.to === to)) continue
          hits.push({ slot, from, to, start: token.start, end: tokens[to - 1]!.end })
        }
      }
    }
  })
  return hits
}

const hit = (slot: Slot, tokens: Token[], from: number, to: number): Hit => ({
  slot,
  from,
  to,
  start: tokens[from]!.start,
  end: tokens[to - 1]!.end,
})

// ── Japanese ────────────────────────────────────────────────────────────────────────────────

const jaLemmas = Object.fromEntries(
  Object.entries(japaneseLemmas).map(([slot, words]) => [slot, japaneseSet(words)]),
) as Record<Slot, Set<string>>
/** Every Japanese word of the vocabularies, with the slots it fills: one lookup per word. */
const jaSlotsOf = new Map<string, Slot[]>()
for (const [slot, words] of Object.entries(jaLemmas) as [Slot, Set<string>][]) {
  for (const word of words) jaSlotsOf.set(word, [...(jaSlotsOf.get(word) ?? []), slot])
}
const jaClaimVerbs = japaneseSet(japaneseClaimVerbs)
const jaRecurrence = japaneseSet(japaneseRecurrence)
const jaFading = japaneseSet(japaneseFading)
const jaEvidence = japaneseSet(japaneseEvidence)
const jaIndeterminates = japaneseSet(japaneseIndeterminates)
const jaOpenRivals = japaneseSet(japaneseOpenRivals)
const jaNegators = japaneseSet(japaneseNegators)
const JA_TIME_UNITS = new Set(['日', '週間', '週', 'か月', 'ヶ月', 'カ月', '時間', '分', '晩'])
/** Counters of people and cases: 5,000件, 3,000例, 1万人. */
const JA_CASE_COUNTERS = new Set(['件', '例', '人', '名', '症例'])
const jaSpeedEffects = japaneseSet(japaneseSpeedEffects)
const jaAilments = japaneseSet(japaneseAilments)

/**
 * 治らなかった方はいません, 改善しなかった例はありません: a negated outcome whose people or cases are
 * then said not to exist asserts the outcome for all. True when the words after the outcome's
 * negator name people or cases and end in a negated いる/ある.
 */
function doubleNegationAfter(tokens: Token[], negator: number): boolean {
  for (let k = negator + 1; k < Math.min(tokens.length, negator + 9); k++) {
    const token = tokens[k]!
    if (token.pos === '記号') return false
    if (['いる', 'ある'].includes(token.lemma) && token.pos === '動詞') {
      const counted = tokens
        .slice(negator + 1, k)
        .some((t) => jaLemmas.people.has(t.lemma) || ['例', 'ケース'].includes(t.lemma))
      return counted && japaneseNegationAfter(tokens, k) >= 0
    }
  }
  return false
}

/** 治せる → 治す, 効ける → 効く: IPADIC reads potential verbs as verbs of their own. */
function japaneseLemma(token: Token): string {
  if (token.pos === '動詞' && token.detail === '自立' && !jaLemmas.outcome.has(token.lemma)) {
    const potential: Record<string, string> = { せる: 'す', ける: 'く', てる: 'つ', める: 'む', れる: 'る', げる: 'ぐ' }
    const tail = token.lemma.slice(-2)
    const base = potential[tail] && `${token.lemma.slice(0, -2)}${potential[tail]}`
    if (base && jaLemmas.outcome.has(base)) return base
  }
  return token.lemma
}

/** Whether a token closes a predicate chain in Japanese: auxiliaries, non-independent verbs, て. */
function continuesPredicate(token: Token): boolean {
  if (token.pos === '助動詞') return true
  if (token.pos === '動詞' && (token.detail === '非自立' || token.detail === '接尾')) return true
  if (token.pos === '動詞' && ['する', 'できる', 'なる', 'くる', 'いく'].includes(token.lemma)) return true
  if (token.pos === '形容詞' && token.lemma === 'ない') return true
  if (token.pos === '助詞' && token.detail === '接続助詞' && ['て', 'で'].includes(token.lemma)) return true
  // 「消えることはありません」: こと/の + は/も before the negated ある.
  if (token.pos === '名詞' && token.detail === '非自立') return true
  if (token.pos === '助詞' && token.detail === '係助詞' && ['は', 'も'].includes(token.lemma)) return true
  if (token.pos === '動詞' && token.lemma === 'ある') return true
  return false
}

/**
 * Where the predicate chain after token `at` is negated, the index of the negator; else -1.
 * 〜なくなる (感じなくなる, 消えてなくなる) is a change of state, not a negation.
 */
function japaneseNegationAfter(tokens: Token[], at: number): number {
  for (let k = at + 1; k < tokens.length && k <= at + 8; k++) {
    const token = tokens[k]!
    if (!continuesPredicate(token)) return -1
    const negator = (token.pos === '助動詞' || token.pos === '形容詞') && jaNegators.has(token.lemma)
    if (negator) return tokens[k + 1]?.lemma === 'なる' ? -1 : k
  }
  return -1
}

function readJapanese(tokens: Token[]): Reading {
  const hits: Hit[] = []
  const lemmas = tokens.map(japaneseLemma)
  let denied = false
  const last = lastContentIndex(tokens)

  tokens.forEach((token, index) => {
    const lemma = lemmas[index]!
    // ビフォー・アフター: the middle dot only separates the parts of a loanword.
    const undotted = token.surface.replace(/・/g, '')
    const slots = new Set([lemma, token.surface, undotted].flatMap((key) => jaSlotsOf.get(key) ?? []))
    for (const slot of slots) hits.push(hit(slot, tokens, index, index + 1))
    // Words IPADIC splits (ヒアルロン/酸, 第/1/位, No/./1, その/日): the surfaces joined, ending on a lemma.
    let joined = token.surface
    for (let to = index + 1; to < Math.min(tokens.length, index + 5); to++) {
      const next = tokens[to]!
      for (const slot of jaSlotsOf.get(joined + japaneseLemma(next)) ?? jaSlotsOf.get(joined + next.surface) ?? []) {
        hits.push(hit(slot, tokens, index, to + 1))
      }
      joined += next.surface
    }
    // 良くなる written よくなる: IPADIC reads よく as the adverb "often".
    if (token.surface === 'よく' && token.pos === '副詞' && tokens[index + 1]?.lemma === 'なる') {
      hits.push(hit('outcome', tokens, index, index + 2))
    }
    // 即効, 速効: the effect's speed in one word.
    if (jaSpeedEffects.has(token.lemma)) hits.push(hit('change', tokens, index, index + 1))
    // 受けてよかった: the patient's own verdict on the treatment, a testimonial's voice.
    if (
      ['よい', '良い'].includes(token.lemma) &&
      tokens[index + 1]?.lemma === 'た' &&
      tokens.slice(Math.max(0, index - 2), index).some((t) => t.lemma === 'て')
    ) {
      hits.push(hit('witness', tokens, index, index + 2))
    }
    // 生活習慣病から難病まで: a range of ailments is a scope.
    if (token.lemma === 'から' && token.pos === '助詞' && jaAilments.has(tokens[index - 1]?.lemma ?? '')) {
      const until = tokens.slice(index + 1, index + 6).findIndex((t) => t.lemma === 'まで')
      if (until >= 0) hits.push(hit('scope', tokens, index - 1, index + 2 + until))
    }
    // A figure: 98%, 9割, 10人中9人, 5点満点中4.9点.
    if (token.pos === '名詞' && token.detail === '数') {
      // 5,000件の成功実績, 改善例は3,000例: people or cases counted, said of an outcome.
      if (
        JA_CASE_COUNTERS.has(tokens[index + 1]?.surface ?? '') &&
        tokens.some((t, k) => jaLemmas.outcome.has(lemmas[k]!))
      ) {
        hits.push(hit('statistic', tokens, index, index + 2))
      }
      const next = tokens[index + 1]
      // IPADIC may read a per cent sign and the full stop after it as one unknown word (%。).
      if (next && /^[%割点]/.test(next.surface)) hits.push(hit('statistic', tokens, index, index + 2))
      // 10人中9人: a count out of a count.
      if (next?.surface === '人' && tokens[index + 2]?.surface === '中')
        hits.push(hit('statistic', tokens, index, index + 3))
      // A time span: 3日で, 1か月以内に, 1週間で.
      const unit = tokens.slice(index + 1, index + 3).find((t) => JA_TIME_UNITS.has(t.surface))
      if (unit) hits.push(hit('speed', tokens, index, index + 2))
    }
    // Before set against after: 治療前…治療後, 施術前に比べて.
    if (token.surface === '前' && tokens.slice(index + 1).some((t) => /^後/.test(t.surface) || t.lemma === '比べる')) {
      hits.push(hit('before-after', tokens, index, index + 1))
    }
    // 〜なければ / 〜なら: the condition of a guarantee.
    if (token.pos === '助詞' && token.detail === '接続助詞' && token.lemma === 'ば') {
      hits.push(hit('condition', tokens, index, index + 1))
    }
    // Then and now: 以前は…今では, かつては…現在は.
    if (
      ['以前', 'かつて', '昔'].includes(token.lemma) &&
      tokens.slice(index + 1).some((t) => ['今', '現在', '今では'].includes(t.lemma))
    ) {
      hits.push(hit('before-after', tokens, index, index + 1))
    }
    // A first-person account that ends in the past (私は…治療の後…できました): a testimonial's form.
    if (token.pos === '助動詞' && token.lemma === 'た' && index >= last - 1)
      hits.push(hit('narrated', tokens, index, index + 1))
    // 〜かどうか: whether it is so, examined rather than claimed.
    if (token.lemma === 'か' && tokens[index + 1]?.surface === 'どう' && tokens[index + 2]?.lemma === 'か') {
      hits.push(hit('caution', tokens, index, index + 3))
    }
    // 〜もいる / 〜もある: "some do", which limits the claim to some.
    // (一人もいません is "none", not "some").
    if (
      token.lemma === 'も' &&
      token.pos === '助詞' &&
      ['いる', 'ある'].includes(tokens[index + 1]?.lemma ?? '') &&
      japaneseNegationAfter(tokens, index + 1) < 0
    ) {
      hits.push(hit('caution', tokens, index, index + 2))
    }

    // 学割, シニア割: 割 after a word (not a number) is a discount; after a number (9割) a proportion.
    const discountWord = token.surface === '割' ? tokens[index - 1]?.detail !== '数' : /.割$/.test(token.surface)
    if (token.pos === '名詞' && discountWord) hits.push(hit('price', tokens, index, index + 1))
    // 〜とされる: a claim attributed to no one, which hedges it.
    if (token.lemma === 'と' && tokens[index + 1]?.lemma === 'する' && tokens[index + 2]?.lemma === 'れる') {
      hits.push(hit('hedge', tokens, index, index + 3))
    }
    // 〜ようになる, 〜までになる: an ability gained (歩けるようになりました), an outcome.
    if (
      token.lemma === 'なる' &&
      ['よう', 'まで'].includes(tokens[index - 2]?.lemma ?? '') &&
      tokens[index - 1]?.lemma === 'に'
    ) {
      hits.push(hit('outcome', tokens, index - 2, index + 1))
    }
    // 〜なくなる (感じなくなる, 痛みがなくなる): something has gone, an outcome.
    if (token.lemma === 'ない' && tokens[index + 1]?.lemma === 'なる')
      hits.push(hit('outcome', tokens, index, index + 2))

    // An outcome asserted as the sentence's own predicate: 改善します, 消えます, 楽になります.
    if (jaLemmas.outcome.has(lemma) && assertsToTheEnd(tokens, index, last))
      hits.push(hit('assertion', tokens, index, last + 1))

    const negator = japaneseNegationAfter(tokens, index)
    if (negator < 0) return
    // 効果を感じられなかった方には…無料: the people it did not work for, the condition of a guarantee.
    if (
      ['方', '人'].includes(tokens[negator + 2]?.lemma ?? '') ||
      ['方', '人'].includes(tokens[negator + 1]?.lemma ?? '')
    ) {
      const at = tokens.findIndex((t, k) => k > negator && k <= negator + 3 && t.lemma === 'に')
      if (at > 0) hits.push(hit('condition', tokens, negator, at + 1))
    }
    // 〜ないこと(が大切), 〜ないように: advice against something, said with caution.
    if (['こと', 'よう'].includes(tokens[negator + 1]?.lemma ?? ''))
      hits.push(hit('caution', tokens, negator, negator + 2))
    const inFinalChain = tokens.slice(negator + 1, last + 1).every(continuesPredicateOrEnding)
    // とは言えません, わけではない, 治療ではありません: the whole claim is denied.
    // 〜ということはありません: "it is not the case that …" (こと without という is the claim's own: 消えることはない).
    const notTheCase = lemma === 'こと' && ['いう', 'という'].includes(tokens[index - 1]?.lemma ?? '')
    if (inFinalChain && (jaClaimVerbs.has(lemma) || isCopulaNegation(tokens, index) || notTheCase)) denied = true
    // 〜と示した研究はありません, 〜できる治療はありません: there is no such thing.
    const topic = tokens[index - 1]
    const subject = tokens[index - 2]
    if (
      inFinalChain &&
      lemma === 'ある' &&
      ['は', 'が', 'も'].includes(topic?.lemma ?? '') &&
      jaEvidence.has(subject?.lemma ?? '')
    ) {
      denied = true
    }
    // 二度と再発しない, 効果が消えることはない: a negated recurrence is a promise of permanence.
    if (jaRecurrence.has(lemma)) hits.push(hit('permanence', tokens, index, negator + 1))
    // 効果が消えない, 若さが衰えない: an effect that never fades (a symptom that does not fade is no promise).
    if (jaFading.has(lemma) && hits.some((h) => h.slot === 'outcome' && h.to <= index)) {
      hits.push(hit('permanence', tokens, index, negator + 1))
    }
    // 副作用がない, 危険性がありません: a harm declared absent.
    if (token.pos === '動詞' && token.lemma === 'ある') hits.push(hit('absence', tokens, index, negator + 1))
    const outcome = jaLemmas.outcome.has(lemma) || (token.surface === 'よく' && tokens[index + 1]?.lemma === 'なる')
    if (outcome && doubleNegationAfter(tokens, negator)) {
      hits.push(hit('scope', tokens, index, negator + 1), hit('assertion', tokens, index, negator + 1))
    } else if (outcome) {
      // 治らない: the outcome does not count; drop the hit recorded above.
      const dropped = hits.findIndex((h) => h.slot === 'outcome' && h.from === index)
      if (dropped >= 0) hits.splice(dropped, 1)
    }
  })
  // Japanese negation is read per predicate above (治らない drops its outcome), never sentence-wide.
  return {
    tokens,
    hits: hits.filter((h) => japaneseHitStands(h, tokens, hits)),
    denied,
    negated: false,
    rhetorical: false,
  }
}

/**
 * Whether the outcome word at `at` is the sentence's final predicate, affirmative: the words after
 * it (する, ます, に+なる, auxiliaries) run to the end with no negation.
 */
function assertsToTheEnd(tokens: Token[], at: number, last: number): boolean {
  const token = tokens[at]!
  const verbal = token.pos === '動詞' || (token.pos === '名詞' && token.detail === 'サ変接続')
  let k = at + 1
  // 楽になる, 元通りになる: an outcome state that is reached.
  if (!verbal && tokens[k]?.lemma === 'に' && tokens[k + 1]?.lemma === 'なる') k += 1
  else if (!verbal) return false
  for (; k <= last; k++) {
    const next = tokens[k]!
    // 修復されます: the passive describes a process, not a promise to the reader. After する it is
    // unambiguous; after other verbs られる is also the potential (抑えられます), so it counts as
    // passive only with an agent (体の働きによって).
    if (next.pos === '動詞' && next.detail === '接尾' && ['れる', 'られる'].includes(next.lemma)) {
      const agent = tokens.some((t, i) => t.lemma === 'よる' && tokens[i - 1]?.lemma === 'に')
      if (tokens[k - 1]?.lemma === 'する' || agent) return false
    }
    // 治ることができる: the periphrastic potential.
    if (next.lemma === 'が' && tokens[k - 1]?.lemma === 'こと' && tokens[k + 1]?.lemma === 'できる') continue
    if (!continuesPredicateOrEnding(next)) return false
    if ((next.pos === '助動詞' || next.pos === '形容詞') && jaNegators.has(next.lemma)) return false
  }
  return true
}

/**
 * Hits that need their neighbours: どんな/誰 are "any" only with も (どんな病気にも, 誰でも), not as
 * questions (どんな種類があるのか); 他/ほか are rivals only before a treatment or provider (他の治療);
 * 1回/一度 are a speed, not an ordinal (第1回).
 */
function japaneseHitStands(h: Hit, tokens: Token[], hits: Hit[]): boolean {
  const word = tokens[h.from]!
  const written = tokens
    .slice(h.from, h.to)
    .map((t) => t.surface)
    .join('')
  if (h.slot === 'scope' && (jaIndeterminates.has(word.lemma) || jaIndeterminates.has(written))) {
    for (let k = h.to; k < Math.min(tokens.length, h.to + 6); k++) {
      if (['も', 'でも', 'ても'].includes(tokens[k]!.lemma)) return true
      if (tokens[k]!.pos === '記号') return false
    }
    return false
  }
  if (h.slot === 'rival' && jaOpenRivals.has(written)) {
    return hits.some((other) => other.slot === 'treatment' && other.from > h.from && other.from <= h.from + 3)
  }
  if (h.slot === 'speed' && tokens[h.from - 1]?.surface === '第') return false
  // 幅広い reaches every ailment only when it is said of ailments or of an outcome (幅広い病気, 幅広く改善),
  // not of ideas (幅広い考え方).
  if (h.slot === 'scope' && word.lemma === '幅広い') {
    return tokens.slice(h.to, h.to + 3).some((t) => jaAilments.has(t.lemma) || jaLemmas.outcome.has(japaneseLemma(t)))
  }
  // 治療の前と後に検査を行います: before and after, but compared only with an outcome or a picture.
  if (h.slot === 'before-after' && ['前', '以前', 'かつて', '昔'].includes(word.surface)) {
    if (hits.some((other) => COMPARED.has(other.slot))) return true
    // 治療前は歩けなかった方が、治療後には…: two states in two clauses, not one moment (前と後に検査).
    const then = tokens.findIndex(
      (t, k) => k > h.from && (/^後/.test(t.surface) || ['今', '現在', '比べる'].includes(t.lemma)),
    )
    return then > 0 && tokens.slice(h.to, then).some((t) => t.pos === '記号')
  }
  return true
}

function continuesPredicateOrEnding(token: Token): boolean {
  return continuesPredicate(token) || token.pos === '記号' || token.detail === '終助詞'
}

/** 〜ではない / 〜じゃない: で(は) right before the negated ある or ない. */
function isCopulaNegation(tokens: Token[], at: number): boolean {
  const token = tokens[at]!
  return (token.surface === 'で' || token.surface === 'じゃ') && tokens[at + 1]?.lemma === 'は'
}

function lastContentIndex(tokens: Token[]): number {
  let last = tokens.length - 1
  while (last > 0 && tokens[last]!.pos === '記号') last--
  return last
}

// ── English ─────────────────────────────────────────────────────────────────────────────────

const enSet = (words: readonly string[]) => new Set(words)
const enClaimVerbs = enSet(englishClaimVerbs)
const enRecurrence = enSet(englishRecurrence)
const enNegators = enSet(englishNegators)
const enConditions = enSet(englishConditions)
const enAbsence = enSet(englishAbsence)
const enOutcome = enSet(englishLemmas.outcome ?? [])
const enOfferedCures = enSet(['cure', 'solution', 'remedy', 'answer', 'fix', 'cure-all'])
const enHarm = enSet(englishLemmas.harm ?? [])
const EN_TIME_UNITS = new Set(['day', 'week', 'hour', 'minute', 'month', 'night'])
// Quotation marks close a clause too: a condition quoted ("full refund if not satisfied") does not
// govern the words after the quotation.
const EN_CLAUSE_BREAKS = new Set([';', ':', '—', '–', 'but', 'however', 'while', 'whereas', 'although', '"', '“', '”'])
const enSpeedEffects = enSet(englishSpeedEffects)
const enAilments = enSet(englishAilments)
const enReaching = enSet(englishReaching)
const enTreatmentUnits = enSet(englishTreatmentUnits)
const enFading = englishFading.map((entry) => entry.split(/\s+/))
const enLingering = enSet(englishLingering)
const enHarmVerbs = enSet(englishHarmVerbs)
const enSuccess = enSet(englishSuccessWords)
const enAid = enSet(englishLemmas.aid ?? [])
const EN_CURRENCY = /^[¥$£€]|^\d/
/** Words that rule out all of a kind: the first half of a double negation ("no illness … cannot"). */
const EN_NONE = new Set(['no', 'nothing', 'nobody', 'none'])
/** Negators that may close a double negation: "cannot help", "without feeling better". */
const EN_SECOND_NEGATORS = new Set(['not', "n't", 'never', 'without', 'cannot'])

/** Whether the words from token `at` on are the multi-word entry `words`, on lemmas or surfaces. */
function wordsAt(tokens: Token[], at: number, words: string[]): boolean {
  return words.every((word, k) => {
    const token = tokens[at + k]
    return token !== undefined && keysOf(token).includes(word)
  })
}

/**
 * A negation of a negation asserts for all: "There is no illness this therapy cannot help", "No
 * patient leaves without feeling better". The pair counts only when an outcome (or a gentle
 * efficacy verb) follows the second negator; the indices of both negators, or null.
 */
function doubleNegation(
  tokens: Token[],
  clauseOf: number[],
): { first: number; second: number; outcome: number } | null {
  for (let first = 0; first < tokens.length; first++) {
    if (!EN_NONE.has(tokens[first]!.lemma) || tokens[first + 1]?.lemma === 'matter') continue
    for (let second = first + 2; second < Math.min(tokens.length, first + 10); second++) {
      if (clauseOf[second] !== clauseOf[first]) break
      const token = tokens[second]!
      if (!EN_SECOND_NEGATORS.has(token.lemma) && token.surface.toLowerCase() !== "n't") continue
      // "Nobody can say that it will not …": the first negator denies a claim about the second.
      if (tokens.slice(first + 1, second).some((t) => enClaimVerbs.has(t.lemma))) return null
      for (let k = second + 1; k < Math.min(tokens.length, second + 5); k++) {
        // A verb ("cannot help") or a state reached ("without feeling better"), not an adjective
        // of a noun ("without a clear explanation").
        const before = tokens[k - 1]
        // Right after the negator ("cannot clear.") the model may tag the verb as an adjective.
        const verbal =
          k === second + 1 ||
          tokens[k]!.pos === 'VERB' ||
          (tokens[k]!.pos === 'ADJ' && (before?.pos === 'VERB' || /ing$/.test(before?.surface ?? '')))
        const keys = keysOf(tokens[k]!)
        if (verbal && keys.some((key) => enOutcome.has(key) || enAid.has(key))) return { first, second, outcome: k }
      }
      return null
    }
  }
  return null
}

function isNegator(token: Token): boolean {
  return enNegators.has(token.lemma) || token.surface.toLowerCase() === "n't"
}

function readEnglish(tokens: Token[]): Reading {
  const hits = vocabularyHits(tokens, [englishVocabulary, englishHyphenated])
  let denied = false
  let negated = false
  const clauseOf: number[] = []
  let clause = 0
  for (const token of tokens) {
    if (EN_CLAUSE_BREAKS.has(token.lemma)) clause++
    clauseOf.push(clause)
  }
  const double = doubleNegation(tokens, clauseOf)
  if (double) {
    hits.push(hit('scope', tokens, double.first, double.first + 1))
    hits.push(hit('outcome', tokens, double.outcome, double.outcome + 1))
  }

  tokens.forEach((token, index) => {
    const lower = token.surface.toLowerCase()
    // A figure about people or results: 98%, nine out of ten, 19 of every 20, four in five.
    if (token.pos === 'NUM' || /^\d/.test(lower)) {
      const next = tokens[index + 1]?.surface.toLowerCase()
      if (next === '%' || next === 'percent') hits.push(hit('statistic', tokens, index, index + 2))
      const unitAt = tokens.slice(index + 1, index + 3).findIndex((t) => EN_TIME_UNITS.has(t.lemma))
      const before = tokens[index - 1]?.lemma
      // "in 3 days", "within 24 hours", "only three weeks", "three days after her infusion".
      const after = tokens[index + 2 + unitAt]?.lemma
      if (
        unitAt >= 0 &&
        (['in', 'within', 'only', 'just', 'as'].includes(before ?? '') || ['after', 'later'].includes(after ?? ''))
      ) {
        hits.push(hit('speed', tokens, Math.max(0, index - 1), index + 2 + unitAt))
      }
      const partOf = tokens.slice(index + 1, index + 4)
      if (partOf.some((t) => ['out', 'of', 'in'].includes(t.lemma)) && partOf.some((t) => t.pos === 'NUM')) {
        hits.push(hit('statistic', tokens, index, index + 3))
      }
    }
    // "within days", "in a week", "within one hour": a span without a figure.
    const spanUnit = ['a', 'one', 'an'].includes(tokens[index + 1]?.lemma ?? '') ? index + 2 : index + 1
    if (['within', 'in'].includes(token.lemma) && EN_TIME_UNITS.has(tokens[spanUnit]?.lemma ?? '')) {
      if (token.lemma === 'within' || spanUnit === index + 2) hits.push(hit('speed', tokens, index, spanUnit + 1))
    }
    // Before set against after: "before treatment … after", "before … three months later".
    if (lower === 'before' && tokens.slice(index + 1).some((t) => ['after', 'later', 'now'].includes(t.lemma))) {
      hits.push(hit('before-after', tokens, index, index + 1))
    }
    // Then and now, told of a person: "once he needed …; today …", "I used to … now".
    const formerly =
      (lower === 'once' && tokens[index + 1]?.pos === 'PRON') ||
      (lower === 'used' && tokens[index + 1]?.lemma === 'to' && tokens[index - 1]?.pos === 'PRON')
    if (formerly && tokens.slice(index + 1).some((t) => ['now', 'today'].includes(t.lemma))) {
      hits.push(hit('before-after', tokens, index, index + 1))
    }
    // A past-tense verb: a first-person account of what happened (a testimonial's form).
    if (
      token.pos === 'VERB' &&
      token.lemma !== lower &&
      !/(?:ing|s)$/.test(lower) &&
      tokens[index - 1]?.lemma !== 'be'
    ) {
      hits.push(hit('narrated', tokens, index, index + 1))
    }
    // "the only clinic": uniqueness is a superlative.
    if (lower === 'only' && tokens[index - 1]?.lemma === 'the' && enProviders.has(tokens[index + 1]?.lemma ?? '')) {
      hits.push(hit('superlative', tokens, index - 1, index + 2))
    }
    // "the most trusted", "the safest": a superlative adjective after "the".
    if (token.pos === 'ADJ' && /est$/.test(lower) && tokens[index - 1]?.lemma === 'the') {
      hits.push(hit('superlative', tokens, index, index + 1))
    }
    // "makes your skin younger": a treatment that makes something into an outcome state.
    if (token.pos === 'VERB' && token.lemma === 'make' && !lower.endsWith('ing')) {
      const state = tokens.slice(index + 1, index + 6).findIndex((t) => t.pos === 'ADJ' && enOutcome.has(t.lemma))
      if (state >= 0) hits.push(hit('assertion', tokens, index, index + state + 2))
    }
    // A finite outcome verb asserted as fact, with the treatment or the reader's body as its subject:
    // "Stem cells repair nerve damage", "your heart will heal". "is healing": the progressive asserts
    // as much as the simple present; a bare -ing form or an infinitive does not.
    const progressive = lower.endsWith('ing') && tokens[index - 1]?.lemma === 'be'
    const outcomeVerb = keysOf(token).some((key) => enOutcome.has(key))
    // The lite model reads some headline verbs as nouns ("Stem cells repair nerve damage"): a noun
    // with an outcome verb's lemma between a treatment and an object is read as the verb it is.
    const nounVerb =
      token.pos === 'NOUN' &&
      ['NOUN', 'PROPN'].includes(
        tokens[index - 1]?.pos === 'ADV' ? (tokens[index - 2]?.pos ?? '') : (tokens[index - 1]?.pos ?? ''),
      ) &&
      ['NOUN', 'DET', 'PRON', 'ADJ'].includes(tokens[index + 1]?.pos ?? '')
    const verbal = token.pos === 'VERB' || (token.pos === 'ADJ' && (lower.endsWith('ed') || progressive)) || nounVerb
    // "the cells removed.": a participle with nothing after it is a reduced passive, not a claim.
    const participleAlone = lower.endsWith('ed') && (tokens[index + 1]?.pos ?? 'PUNCT') === 'PUNCT'
    const asserted = verbal && (!lower.endsWith('ing') || progressive) && !participleAlone
    if (asserted && outcomeVerb && hasPromisingSubject(tokens, index)) {
      hits.push(hit('assertion', tokens, index, index + 1))
    }
    // "this therapy will help you": a gentle efficacy verb, promised by the treatment, is an outcome.
    if (
      token.pos === 'VERB' &&
      enAid.has(token.lemma) &&
      tokens[index - 1]?.lemma === 'will' &&
      hasPromisingSubject(tokens, index)
    ) {
      hits.push(hit('outcome', tokens, index, index + 1))
    }

    // Imperative ad copy: "Restore your youthful glow", "Reverse the ageing process". The word must be
    // the outcome verb itself, not a noun or adjective made from one: a heading such as "Recovery
    // support after stroke" or "Effective date" gives no order.
    if (index === 0 && token.pos === 'VERB' && token.lemma === lower && enOutcome.has(token.lemma)) {
      if (['DET', 'PRON', 'NOUN', 'ADJ'].includes(tokens[1]?.pos ?? '')) hits.push(hit('assertion', tokens, 0, 1))
    }
    // A cure on offer: "the natural cure for joint pain", "a real solution to hair loss"; not one
    // said to be missing ("there is no cure for it yet", "not a solution to").
    if (
      token.pos === 'NOUN' &&
      enOfferedCures.has(token.lemma) &&
      ['for', 'to'].includes(tokens[index + 1]?.lemma ?? '') &&
      !tokens
        .slice(Math.max(0, index - 3), index)
        .some(
          (t, k) =>
            clauseOf[Math.max(0, index - 3) + k] === clauseOf[index] &&
            ['no', 'not', 'without', 'never'].includes(t.lemma.toLowerCase()),
        )
    ) {
      hits.push(hit('assertion', tokens, index, index + 2))
    }
    // "thousands of satisfied patients": people counted.
    if (
      ['hundred', 'thousand', 'million', 'hundreds', 'thousands', 'millions'].includes(lower) &&
      tokens[index + 1]?.lemma === 'of'
    ) {
      hits.push(hit('statistic', tokens, index, index + 2))
    }
    // "is said to help": an unattributed claim, which hedges rather than testifies.
    if (token.lemma === 'say' && tokens[index - 1]?.lemma === 'be') {
      const witness = hits.findIndex((h) => h.slot === 'witness' && h.from === index)
      if (witness >= 0) hits.splice(witness, 1)
      hits.push(hit('hedge', tokens, index, index + 1))
    }
    // "pain-free", "side-effect free": free *of* something is not a free offer.
    // "feel free to ask" offers nothing either.
    const freeOf =
      tokens[index - 1]?.surface === '-' ||
      enHarm.has(tokens[index - 1]?.lemma ?? '') ||
      tokens[index - 1]?.lemma === 'feel'
    if (lower === 'free' && freeOf) {
      for (const slot of ['price', 'free'] as const) {
        const at = hits.findIndex((h) => h.slot === slot && h.from === index)
        if (at >= 0) hits.splice(at, 1)
      }
    }

    // "fast-acting", "quick-fix": words that carry their effect's speed.
    if (
      index > 0 &&
      token.surface === '-' &&
      enSpeedEffects.has(`${tokens[index - 1]!.lemma}-${tokens[index + 1]?.surface.toLowerCase()}`)
    ) {
      hits.push(hit('speed', tokens, index - 1, index + 2), hit('change', tokens, index - 1, index + 2))
    }
    // "just one visit", "a single sitting", "only one injection": one unit of treatment.
    if (['one', 'single'].includes(token.lemma)) {
      const unit = tokens.slice(index + 1, index + 3).findIndex((t) => enTreatmentUnits.has(t.lemma))
      if (unit >= 0) hits.push(hit('speed', tokens, index, index + unit + 2))
    }
    // "5,000 successful treatments", "10,000 satisfied patients": a count of successes.
    if (
      (token.pos === 'NUM' || /^\d/.test(lower)) &&
      tokens.slice(index + 1, index + 3).some((t) => enSuccess.has(t.lemma) || enSuccess.has(t.surface.toLowerCase()))
    ) {
      const success = tokens
        .slice(index + 1, index + 3)
        .findIndex((t) => enSuccess.has(t.lemma) || enSuccess.has(t.surface.toLowerCase()))
      hits.push(
        hit('statistic', tokens, index, index + 2),
        hit('rate', tokens, index + 1 + success, index + 2 + success),
      )
    }
    // "most patients": most of the people counted.
    if (lower === 'most' && enPeople.has(tokens[index + 1]?.lemma ?? ''))
      hits.push(hit('majority', tokens, index, index + 2))
    // "treats every condition", "a protocol for every ailment": a treatment reaching any ailment.
    if (hits.some((h) => h.slot === 'scope' && h.from === index)) {
      const ailment = tokens.slice(index + 1, index + 4).some((t) => enAilments.has(t.lemma))
      const reaching = [index - 1, index - 2].find((k) => k >= 0 && enReaching.has(tokens[k]!.lemma))
      if (ailment && reaching !== undefined && tokens.some((t) => keysOf(t).some((key) => enTreatment.has(key)))) {
        hits.push(hit('outcome', tokens, reaching, index + 1))
      }
    }
    // "from arthritis to dementia": a range of ailments is a scope.
    if (token.lemma === 'from') {
      const to = tokens.slice(index + 2, index + 7).findIndex((t) => t.lemma === 'to')
      const range = to >= 0 ? tokens.slice(index + 1, index + 2 + to + 4) : []
      if (range.some((t) => enAilments.has(t.lemma))) hits.push(hit('scope', tokens, index, index + 3 + to))
    }
    // "compared with before": the state before set against the one now.
    if (
      lower === 'before' &&
      ['with', 'to'].includes(tokens[index - 1]?.lemma ?? '') &&
      tokens[index - 2]?.lemma === 'compare'
    ) {
      hits.push(hit('before-after', tokens, index - 2, index + 1))
    }
    // "was ¥500,000, now ¥290,000": a price struck through.
    if (
      token.lemma === 'now' &&
      tokens.slice(index + 1, index + 4).some((t) => EN_CURRENCY.test(t.surface)) &&
      tokens.slice(0, index).some((t) => EN_CURRENCY.test(t.surface))
    ) {
      hits.push(hit('price', tokens, index, index + 1))
    }
    // "where surgery fails", "failed by conventional treatments": a rival's failure.
    if (token.lemma === 'fail' && hits.some((h) => h.slot === 'rival' && Math.abs(h.from - index) <= 3)) {
      hits.push(hit('comparison', tokens, index, index + 1))
    }

    if (!isNegator(token)) return
    if (double && (index === double.first || index === double.second)) return
    // "no matter what": a scope, not a negation.
    if (lower === 'no' && tokens[index + 1]?.lemma === 'matter') return
    // "what surgery cannot (do)": the rival's failure, said to set ours above it.
    let subject = index - 1
    while (subject >= 0 && tokens[subject]!.pos === 'AUX') subject--
    if (hits.some((h) => h.slot === 'rival' && h.to === subject + 1)) {
      hits.push(hit('comparison', tokens, subject, index + 1))
      return
    }
    const window = tokens.slice(index + 1, index + 5)
    const sameClause = (k: number) => clauseOf[k] === clauseOf[index]
    // "Not a single complication", "not one case of rejection": ruled out like "no".
    const notOne = lower === 'not' && (tokens[index + 1]?.lemma === 'one' || tokens[index + 2]?.lemma === 'single')
    if (notOne && tokens.slice(index + 1, index + 6).some((t) => enHarm.has(t.lemma))) {
      hits.push(hit('absence', tokens, index, index + 1))
      return
    }
    // "nothing in it could harm you", "cannot be harmed", "won't hurt you": a harm verb negated.
    const reach = enAbsence.has(lower) ? 8 : 4
    const harmVerb = tokens
      .slice(index + 1, index + reach)
      .findIndex((t, k) => sameClause(index + 1 + k) && enHarmVerbs.has(t.lemma) && ['VERB', 'ADJ'].includes(t.pos))
    if (harmVerb >= 0 && !tokens.slice(0, index).some((t, k) => sameClause(k) && enConditions.has(t.lemma))) {
      hits.push(
        hit('absence', tokens, index, index + 1),
        hit('harm', tokens, index + 1 + harmVerb, index + 2 + harmVerb),
      )
      return
    }
    // "No other treatment is as safe as ours", "no other clinic comes close": every rival ranked
    // below us, a comparison the negation makes rather than denies.
    const rivalNoun = tokens[index + 2]
    const comparesWith = tokens
      .slice(index + 3)
      .findIndex((t) =>
        ['as', 'than', 'like', 'close', 'match', 'compare', 'comparable', 'beat'].includes(t.lemma.toLowerCase()),
      )
    if (
      lower === 'no' &&
      enOpenRivals.has(tokens[index + 1]?.lemma ?? '') &&
      rivalNoun !== undefined &&
      keysOf(rivalNoun).some((key) => enTreatment.has(key) || enProviders.has(key)) &&
      comparesWith >= 0
    ) {
      hits.push(
        hit('rival', tokens, index, index + 3),
        hit('comparison', tokens, index + 3 + comparesWith, index + 4 + comparesWith),
      )
      return
    }
    // "No treatment is risk-free", "no therapy can promise that": a statement denied of every
    // treatment, which is caution, not a claim; unless it ranks ("no other treatment", "… than ours").
    const everyTreatmentDenied =
      lower === 'no' &&
      keysOf(tokens[index + 1] ?? tokens[index]!).some((key) => enTreatment.has(key)) &&
      tokens[index + 1]?.pos === 'NOUN' &&
      ['AUX', 'VERB'].includes(tokens[index + 2]?.pos ?? '') &&
      !tokens.some((t) => ['than', 'other', 'else', 'like'].includes(t.lemma.toLowerCase()))
    if (everyTreatmentDenied) {
      denied = true
      negated = true
      return
    }
    if (enAbsence.has(lower)) {
      // "no side effects", "nothing can go wrong", "none of the downtime": a harm declared absent.
      if (window.some((t) => enHarm.has(t.lemma))) {
        hits.push(hit('absence', tokens, index, index + 1))
        return
      }
      // "never come back", "no more relapses, ever": a recurrence ruled out is permanence.
      if (window.some((t) => enRecurrence.has(t.lemma))) {
        hits.push(hit('permanence', tokens, index, index + 2))
        return
      }
    }
    // "if you don't see results", "no results, no charge": a condition, not a denial.
    const clauseStart = tokens.findIndex((_, k) => sameClause(k))
    if (tokens.slice(clauseStart, index).some((t) => enConditions.has(t.lemma))) return
    if (lower === 'no' && ['result', 'charge', 'cost', 'longer'].includes(tokens[index + 1]?.lemma ?? '')) return
    // "no pain, no scars": the absence of a thing, not the denial of a statement ("no treatment can …").
    const absent = tokens[index + 1]
    if (lower === 'no' && absent?.pos === 'NOUN' && !enDeniable.has(absent.lemma)) return
    // "We cannot say that symptoms will never return": the claim is denied as a whole, before any
    // permanence is read into it.
    const governing = tokens.slice(index, index + 5).filter((t, k) => sameClause(index + k))
    if (governing.some((t) => enClaimVerbs.has(t.lemma))) {
      denied = true
      negated = true
      return
    }
    // "the effects never wear off", "results that don't diminish": an effect that never fades is
    // permanence; a symptom that does not fade ("bruising does not fade for days") is no promise.
    const fades = [1, 2, 3].some(
      (k) => sameClause(index + k) && enFading.some((words) => wordsAt(tokens, index + k, words)),
    )
    const lingering = tokens
      .slice(0, index)
      .some((t, k) => sameClause(k) && keysOf(t).some((key) => enLingering.has(key)))
    // The subject must be what the treatment brought, not the treatment itself ("this therapy does not vanish …").
    let noun = index - 1
    while (noun >= 0 && !['NOUN', 'PROPN', 'PRON'].includes(tokens[noun]!.pos)) noun--
    const treatmentSubject = noun >= 0 && keysOf(tokens[noun]!).some((key) => enTreatment.has(key))
    if (fades && !lingering && !treatmentSubject) {
      hits.push(hit('permanence', tokens, index, index + 2))
      return
    }
    // "it will not fall out again", "won't come back": a recurrence ruled out.
    const recurs = tokens
      .slice(index + 1, index + 7)
      .some(
        (t, k) =>
          sameClause(index + 1 + k) &&
          (['again', 'recur', 'relapse', 'return'].includes(t.lemma) ||
            wordsAt(tokens, index + 1 + k, ['come', 'back'])),
      )
    if (recurs) {
      hits.push(hit('permanence', tokens, index, index + 2))
      return
    }
    // "nobody can say", "does not mean", "is not true": the claim is denied as a whole.
    const governed = tokens.slice(index, index + 5).filter((t, k) => sameClause(index + k))
    if (governed.some((t) => enClaimVerbs.has(t.lemma))) denied = true
    negated = true
  })
  // "the improvement is history": gone for good, an outcome.
  tokens.forEach((token, index) => {
    if (token.lemma === 'history' && tokens[index - 1]?.lemma === 'be')
      hits.push(hit('outcome', tokens, index - 1, index + 1))
  })
  const rhetorical = tokens[0]?.lemma === 'why' && tokens.some((t) => t.lemma === 'when')
  return { tokens, hits: hits.filter((h) => englishHitStands(h, tokens, hits)), denied, negated, rhetorical }
}

const EN_SUBJECT_SKIP = new Set(['ADV', 'AUX', 'PART'])
const enTreatment = enSet(englishLemmas.treatment ?? [])
const enPeople = enSet(englishLemmas.people ?? [])
const enProviders = enSet(englishProviders)
const enOpenRivals = enSet(englishOpenRivals)
const enNominalOutcomes = enSet(englishNominalOutcomes)
const enSymptoms = enSet(englishSymptoms)
const enDeniable = enSet(englishDeniable)

/**
 * Whether the verb at `at` has the treatment, the provider, patients or the reader's own body as
 * its subject: the nearest word before it (past adverbs and auxiliaries) is one of them, or is
 * introduced by "your". "They work within a balance" and "mechanisms that repair" are not promises.
 */
function hasPromisingSubject(tokens: Token[], at: number): boolean {
  let k = at - 1
  while (k >= 0 && EN_SUBJECT_SKIP.has(tokens[k]!.pos)) k--
  const subject = tokens[k]
  if (!subject) return false
  if (subject.lemma === 'you' || keysOf(subject).some((key) => enSymptoms.has(key))) return true
  if (
    enTreatment.has(subject.lemma) ||
    enPeople.has(subject.lemma) ||
    keysOf(subject).some((key) => enTreatment.has(key))
  ) {
    return true
  }
  return (subject.pos === 'NOUN' || subject.pos === 'PROPN') && tokens[k - 1]?.lemma === 'your'
}

/** What a before/after comparison compares: an outcome, a change, a picture, a figure, a witness. */
const COMPARED = new Set<Slot>(['outcome', 'change', 'picture', 'assertion', 'witness', 'statistic', 'certainty'])

/** "other clinics", "competing products" are rivals; "other cells", "other substances" are not. */
function englishHitStands(h: Hit, tokens: Token[], hits: Hit[]): boolean {
  const word = tokens[h.from]!
  if (h.slot === 'rival' && enOpenRivals.has(word.lemma)) {
    return tokens.slice(h.to, h.to + 2).some((t) => enProviders.has(t.lemma))
  }
  // "no questions asked" is no caution.
  if (
    h.slot === 'caution' &&
    ['no', 'without'].includes(tokens[h.from - 2]?.lemma ?? tokens[h.from - 1]?.lemma ?? '')
  ) {
    return false
  }
  // "they are all discussed": a floating "all" counts the subject; it does not widen an outcome.
  if (h.slot === 'scope' && word.lemma === 'all' && h.to - h.from === 1 && tokens[h.to]?.pos === 'VERB') return false
  // "the safest clinic", "the best results": a rank given to a provider, a treatment or results;
  // "the calmest starting point" ranks advice, not a provider.
  if (
    h.slot === 'superlative' &&
    h.to - h.from === 1 &&
    /est$/.test(word.surface.toLowerCase()) &&
    tokens[h.from - 1]?.lemma === 'the'
  ) {
    const ranked = tokens.slice(h.to, h.to + 3)
    const rankable = (t: Token) =>
      keysOf(t).some((key) => enTreatment.has(key) || enProviders.has(key) || enPeople.has(key)) ||
      ['result', 'outcome', 'care', 'choice', 'option', 'way', 'quality', 'technology'].includes(t.lemma)
    return ranked.length === 0 || ranked[0]!.pos === 'PUNCT' || ranked.some(rankable)
  }
  // "most treatments" counts; "the most advanced" ranks.
  if (h.slot === 'superlative' && word.lemma === 'most' && h.to - h.from === 1) {
    return ['ADJ', 'ADV', 'VERB'].includes(tokens[h.to]?.pos ?? '')
  }
  // "I", "my", "me" testify only as pronouns (not the i of iPS cells).
  if ((h.slot === 'witness' || h.slot === 'narrator') && ['i', 'my', 'me'].includes(word.lemma)) {
    return word.pos === 'PRON'
  }
  // "had regrown": a participle after the auxiliary have is a verb, however the model tags it.
  const perfect = tokens[h.from - 1]?.lemma === 'have' && tokens[h.from - 1]?.pos === 'AUX'
  // "has the answer", "offers the solution": an answer held out is a cure on offer.
  const offered =
    ['have', 'hold', 'offer', 'provide', 'find'].includes(tokens[h.from - 2]?.lemma ?? '') &&
    tokens[h.from - 1]?.pos === 'DET'
  // "everything from research-stage work": work, repair, end are outcomes as verbs, not as nouns.
  // "his knee healed", "Stem cells work like magic": the lite model tags some verbs as nouns; a
  // noun in -ed, or one right after a treatment (its subject), is the verb it spells.
  const misread =
    word.surface.toLowerCase().endsWith('ed') || keysOf(tokens[h.from - 1] ?? word).some((key) => enTreatment.has(key))
  if (
    h.slot === 'outcome' &&
    h.to - h.from === 1 &&
    word.pos === 'NOUN' &&
    !perfect &&
    !misread &&
    !(offered && word.lemma === 'answer')
  ) {
    return enNominalOutcomes.has(word.lemma)
  }
  // "without side effects", not "without an explanation of the risks": absent only what follows it.
  if (h.slot === 'absence' && word.lemma === 'without') {
    return hits.some((other) => other.slot === 'harm' && other.from > h.from && other.from <= h.from + 3)
  }
  // "offer hope" names a hope held out, which is no hedge; "we hope", "it is hoped" are.
  if (h.slot === 'hedge' && word.lemma === 'hope') return word.pos === 'VERB'
  // "before and after the infusion": set side by side, but compared only with an outcome or a picture.
  if (
    h.slot === 'before-after' &&
    !/[-/]/.test(
      tokens
        .slice(h.from, h.to)
        .map((t) => t.surface)
        .join(''),
    )
  ) {
    if (word.lemma === 'compare' || hits.some((other) => COMPARED.has(other.slot))) return true
    // "Before treatment, he could barely walk; after, he ran": two states in two clauses.
    const then = tokens.findIndex((t, k) => k > h.from && ['after', 'later', 'now', 'today'].includes(t.lemma))
    return then > 0 && tokens.slice(h.to, then).some((t) => t.pos === 'PUNCT')
  }
  return hits.length > 0
}

export function readSentence(tokens: Token[], locale: 'ja' | 'en'): Reading {
  return locale === 'ja' ? readJapanese(tokens) : readEnglish(tokens)
}
