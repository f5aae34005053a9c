/**
 * Japanese glossary order is by reading (yomigana), not by the term's kanji, so readings are
 * kana only: hiragana, katakana, the long-vowel mark, the middle dot and spaces.
 */
const KANA_READING = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・\s]+$/u

export function isKanaReading(value: string): boolean {
  return KANA_READING.test(value.normalize('NFKC').trim())
}
