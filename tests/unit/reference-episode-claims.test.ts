/**
 * The published reference episode (../shared/reference/column-episode-02.en.txt) is the voice the
 * guard must let through: calm, explanatory, careful about safety. Short quotations of its
 * sentences that come closest to the rules, and our own Japanese renderings of them, produce no
 * error finding.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { checkText, loadClaimsMatcher } from '@/lib/claims/check'

beforeAll(async () => {
  await loadClaimsMatcher()
}, 60_000)

const english = [
  'Even so, it is important not to turn those characteristics directly into absolute promises about effect or safety.',
  'Even when they are introduced under the same phrase, what enters the body is different, so the relevant risks and checkpoints also differ.',
  'In the next article, we will look more closely at why exosomes are often described as safer and what still needs to be checked carefully.',
]

// Our own Japanese for the same three sentences.
const japanese = [
  'それでも、こうした特徴をそのまま効果や安全性の約束に置き換えないことが大切です。',
  '同じ言葉で紹介されていても体に入れるものは異なるため、考えるべきリスクや確認点も変わります。',
  '次回は、エクソソームがなぜ「より安全」と言われやすいのか、それでも何を確かめるべきかを詳しく見ていきます。',
]

describe('the reference episode’s voice', () => {
  it.each(english)('passes in English: %s', (sentence) => {
    expect(checkText(sentence, 'en').filter((finding) => finding.severity === 'error')).toEqual([])
  })

  it.each(japanese)('passes in Japanese: %s', (sentence) => {
    expect(checkText(sentence, 'ja').filter((finding) => finding.severity === 'error')).toEqual([])
  })

  it('still catches the promise the reference warns against', () => {
    expect(checkText('This therapy is completely safe and guaranteed to work.', 'en').map((f) => f.severity)).toContain(
      'error',
    )
    expect(checkText('この治療は副作用がなく、必ず改善します。', 'ja').map((f) => f.severity)).toContain('error')
  })
})
