/**
 * Context cues that let the column's calm, explanatory voice pass: a claim word that is negated
 * or discussed cautiously is not a claim. Deliberately small and readable; the trade-off is a
 * few missed claims in convoluted sentences rather than flagging every careful explanation.
 * All functions work on NFKC-normalised text (Japanese without spaces).
 */

// Japanese negates after the phrase: 「必ず治るとは言えません」「完治を約束するものではありません」.
const JA_NEGATION_AFTER = new RegExp(
  [
    'とは(?:言え|いえ|言い切れ|いいきれ|限ら|かぎら|申せ)',
    'までは言え',
    '言えません|言えない|言い切れ',
    '限りません|限らない',
    'ではありません|ではない|ではなく|じゃない',
    'できません|できない|出来ません|出来ない',
    'もの(?:では|でも|じゃ)(?:な|あり)',
    'わけでは|訳では|わけじゃ',
    '断定|断言',
    '保証(?:するもの|でき|され(?:てい)?ません)',
    '(?:治療|治療法|方法|医療|医薬品|薬|もの|施術|手段|答え|正解)(?:は|も)(?:ありません|存在しません|存在しない|ない)',
    '(?:確認|証明|実証|示)されていません|(?:わか|分か)っていません',
    '難し|困難',
    '注意|気をつけ|気を付け|慎重',
    '避け|使いません|使わない|用いません',
    '誤り|誤解|不適切|禁止|認められていません',
    '(?:根拠|証拠|証明)にはな(?:りません|らない)',
  ].join('|'),
)
const JA_WINDOW = 30

// English negates before the phrase, within the same clause: "no treatment is risk-free".
const EN_NEGATION_BEFORE = new RegExp(
  [
    '\\bnot\\b(?!\\s+only)',
    '\\bno\\s+(?:treatment|therapy|procedure|clinic|doctor|medicine|product|intervention|study|evidence|medical)\\b',
    '\\bno\\s+such\\s+thing\\b',
    '\\bno(?:body|\\s+one)\\b',
    '\\bnothing\\b',
    '\\bnever\\b',
    '\\bcannot\\b',
    '\\bcan\\s+not\\b',
    "\\b(?:ca|do|does|did|is|are|was|were|wo|would|should|could|must|has|have)n['’]t\\b",
    '\\bavoid',
    '\\bbeware\\b',
    '\\bwary\\b',
    '\\bcaution',
    '\\bcareful',
    '\\bs[ck]eptic',
    '\\bmisleading\\b',
    '\\bred\\s+flags?\\b',
    '\\bclaims?\\s+(?:that|of)\\b',
    '\\bdoubt',
    '\\bunrealistic\\b',
  ].join('|'),
  'i',
)
// "there is no cure": a bare "no" counts only right before the phrase.
const EN_NEGATION_IMMEDIATE = /\b(?:no|nor)\s+(?:an?\s+|the\s+)?$/i
// "Permanent results are not something any clinic can offer."
const EN_NEGATION_AFTER =
  /^["'”’)\]]*\s*(?:(?:is|are|was|were)\s+(?:not|never|rarely|unrealistic|misleading|exaggerated|a\s+myth|a\s+red\s+flag)\b|(?:is|are|was|were)n['’]t\b|can(?:not|['’]t)\s+be\s+(?:promised|guaranteed|assured)\b|(?:do|does)(?:\s+not|n['’]t)\s+exist\b|(?:should|must)\s+be\s+(?:treated|read|viewed)\s+with\s+(?:caution|care|suspicion)\b)/i
const EN_WINDOW = 100
// A negation in an earlier clause does not carry over: "It isn't cheap, but results are guaranteed."
const EN_CLAUSE_BREAK = /[;:–—]|\bbut\b|\bhowever\b|\balthough\b/gi

/** Whether the phrase at [start, end) of a normalised sentence is negated or discussed cautiously. */
export function isNegated(sentence: string, start: number, end: number, locale: 'ja' | 'en'): boolean {
  if (locale === 'ja') {
    // A comma right after the phrase still belongs to it (「副作用がない、とは言い切れません」);
    // a later comma starts another clause.
    const after = sentence.slice(end, end + JA_WINDOW).replace(/^[、,]/, '')
    const clause = after.split(/[、,]/)[0]!
    return JA_NEGATION_AFTER.test(clause)
  }
  let before = sentence.slice(Math.max(0, start - EN_WINDOW), start)
  const breaks = [...before.matchAll(EN_CLAUSE_BREAK)]
  const lastBreak = breaks.at(-1)
  if (lastBreak) before = before.slice(lastBreak.index + lastBreak[0].length)
  if (EN_NEGATION_BEFORE.test(before) || EN_NEGATION_IMMEDIATE.test(before)) return true
  return EN_NEGATION_AFTER.test(sentence.slice(end, end + EN_WINDOW))
}

/** Questions examine a claim rather than make it: 「本当に必ず治るのでしょうか。」, "Is it 100% safe?" */
export function isQuestion(sentence: string, locale: 'ja' | 'en'): boolean {
  const trimmed = sentence.trim().replace(/["'”’)\]」』]+$/, '')
  if (trimmed.endsWith('?')) return true
  // 「効果は確か。」 ends in か but asserts; exclude it.
  return locale === 'ja' && /(?<!確)か。?$/.test(trimmed)
}

const OPENERS: Record<string, string> = { '「': '」', '『': '』', '“': '”' }
const CLOSERS = new Set(Object.values(OPENERS))

/**
 * Whether position `at` of a normalised line lies inside quotation marks: 「」『』“” by depth,
 * straight double quotes by parity. Single quotes are ignored (they double as apostrophes).
 */
export function isQuoted(line: string, at: number): boolean {
  let depth = 0
  let straightOpen = false
  for (let i = 0; i < at; i++) {
    const c = line[i]!
    if (c in OPENERS) depth++
    else if (CLOSERS.has(c)) depth = Math.max(0, depth - 1)
    else if (c === '"') straightOpen = !straightOpen
  }
  return depth > 0 || straightOpen
}

// A URL, a DOI or PMID, 出典/参考文献, "source:", "et al." or a year in parentheses: (2021), (Sato, 2021).
const CITATION =
  /https?:\/\/|www\.|\bdoi\b|doi\.org|\bpmid\b|出典|参考文献|引用元|文献|\bsources?\s*:|\bet\s+al\.|\([^()]*\b(?:19|20)\d{2}[a-z]?\)/i

/** Whether a normalised sentence cites a source, which makes "clinically proven" checkable. */
export function hasCitation(sentence: string): boolean {
  return CITATION.test(sentence)
}
