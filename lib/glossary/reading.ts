/**
 * Japanese glossary order is by reading (yomigana), not by the term's kanji, so readings are
 * kana only: hiragana, katakana, the long-vowel mark, the middle dot and spaces.
 */
const KANA_READING = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・\s]+$/u

export function isKanaReading(value: string): boolean {
  return KANA_READING.test(value.normalize('NFKC').trim())
}

const KANJI = /\p{Script=Han}/u

/**
 * The ruby (furigana) to show over a linked term, if any: only in Japanese (the reading is the
 * Japanese term's, and English text has nothing to read), only where the text is the term itself
 * (an alias such as MSC is not what the reading spells), and only when the term has kanji in it
 * (エクソソーム needs no reading over it).
 */
export function rubyReading({
  matched,
  term,
  reading,
  locale,
}: {
  matched: string
  term: string
  reading: string | undefined
  locale: string
}): string | undefined {
  const kana = reading?.trim()
  if (locale !== 'ja' || !kana || matched !== term.trim() || !KANJI.test(matched)) return undefined
  return kana
}
