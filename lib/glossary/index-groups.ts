/**
 * Groups glossary terms for the index page. Japanese dictionaries order entries by their reading
 * in the gojūon rows (あ・か・さ…), never by the kanji of the headword, because a kanji's position
 * says nothing about how the word is pronounced or looked up. English uses plain A–Z.
 */

export interface IndexableTerm {
  term: string
  reading: string | null | undefined
}

export type IndexGroup<T> = { row: string; terms: T[] }

const GOJUON_ROWS: [row: string, kana: string][] = [
  ['あ', 'あいうえお'],
  ['か', 'かきくけこ'],
  ['さ', 'さしすせそ'],
  ['た', 'たちつてと'],
  ['な', 'なにぬねの'],
  ['は', 'はひふへほ'],
  ['ま', 'まみむめも'],
  ['や', 'やゆよ'],
  ['ら', 'らりるれろ'],
  // Obsolete ゐ/ゑ, the particle を and ん are conventionally indexed after わ.
  ['わ', 'わゐゑをん'],
]
const OTHER_ROW = 'その他'

// Small kana share the row of their full-size form; NFD cannot express that, so it is listed.
const SMALL_KANA: Record<string, string> = {
  ぁ: 'あ',
  ぃ: 'い',
  ぅ: 'う',
  ぇ: 'え',
  ぉ: 'お',
  っ: 'つ',
  ゃ: 'や',
  ゅ: 'ゆ',
  ょ: 'よ',
  ゎ: 'わ',
  ゕ: 'か',
  ゖ: 'け',
}

const ROW_OF_KANA = new Map(GOJUON_ROWS.flatMap(([row, kana]) => [...kana].map((k) => [k, row] as const)))

function toHiragana(value: string): string {
  // Katakana ァ..ヶ sit exactly 0x60 above their hiragana counterparts.
  return value.replace(/[\u30A1-\u30F6]/g, (k) => String.fromCharCode(k.charCodeAt(0) - 0x60))
}

export function gojuonRowOf(reading: string | null | undefined): string {
  // NFKC first so half-width ｱ and ｶﾞ become ア and ガ before the kana arithmetic.
  const kana = toHiragana((reading ?? '').normalize('NFKC'))
  const first = [...kana].find((c) => !/[\sー・]/u.test(c))
  if (!first) return OTHER_ROW
  // NFD splits が into か + dakuten, so dropping the marks leaves the base row.
  const base = first.normalize('NFD').replace(/[\u3099\u309A]/g, '')
  return ROW_OF_KANA.get(SMALL_KANA[base] ?? base) ?? OTHER_ROW
}

function collect<T>(rows: string[], terms: T[], rowOf: (t: T) => string, compare: (a: T, b: T) => number) {
  const byRow = new Map<string, T[]>(rows.map((row) => [row, []]))
  for (const term of terms) byRow.get(rowOf(term))!.push(term)
  return rows.map((row) => ({ row, terms: byRow.get(row)!.sort(compare) })).filter((group) => group.terms.length > 0)
}

export function groupByGojuonRow<T extends IndexableTerm>(terms: T[]): IndexGroup<T>[] {
  const sortKey = (t: T) => t.reading || t.term
  return collect(
    [...GOJUON_ROWS.map(([row]) => row), OTHER_ROW],
    terms,
    (t) => gojuonRowOf(t.reading),
    (a, b) => sortKey(a).localeCompare(sortKey(b), 'ja'),
  )
}

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ']
const OTHER_LETTER = '#'

export function alphabeticalRowOf(term: string): string {
  // NFKD splits É into E + accent (and Ｅ into E), so the accented word sits with its letter.
  const first = term.trim().normalize('NFKD').charAt(0).toUpperCase()
  return first >= 'A' && first <= 'Z' ? first : OTHER_LETTER
}

export function groupAlphabetically<T extends IndexableTerm>(terms: T[]): IndexGroup<T>[] {
  return collect(
    [...LETTERS, OTHER_LETTER],
    terms,
    (t) => alphabeticalRowOf(t.term),
    (a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }),
  )
}
