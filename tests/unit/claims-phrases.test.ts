/**
 * The phrase rules (lib/claims/phrases/): the fixed wordings of invented authority and urgency,
 * with the context handling the guard shares (negation, questions, quotations, citations).
 */
import { describe, expect, it } from 'vitest'

import { checkPhrases, type PhraseFinding } from '@/lib/claims/phrases/check'
import { claimRules, type ClaimRule } from '@/lib/claims/phrases/rules'

const summary = (findings: PhraseFinding[]) =>
  findings.map(({ ruleId, severity, match }) => ({ ruleId, severity, match }))

/** One sample per rule, caught by that rule alone; a rule without a sample fails the suite. */
const samples: Record<string, { locale: 'ja' | 'en'; text: string }> = {
  'invented-authority.ja.shoumei': { locale: 'ja', text: '臨床的に証明された治療法です。' },
  'invented-authority.ja.osumitsuki': { locale: 'ja', text: '厚労省のお墨付きの治療です。' },
  'urgency.ja.imadake': { locale: 'ja', text: '今だけの特別なご案内です。' },
  'urgency.ja.gentei-mei': { locale: 'ja', text: '限定5名様のご案内です。' },
  'urgency.ja.isoide': { locale: 'ja', text: '今すぐご予約ください。' },
  'urgency.ja.waribiki': { locale: 'ja', text: '初回は半額です。' },
  'invented-authority.en.proven': { locale: 'en', text: 'A clinically proven therapy.' },
  'invented-authority.en.endorsed': { locale: 'en', text: 'A doctor-recommended treatment.' },
  'urgency.en.act-now': { locale: 'en', text: 'Act now to secure your place.' },
  'urgency.en.limited-time': { locale: 'en', text: 'A limited-time offer.' },
  'urgency.en.spots-left': { locale: 'en', text: 'Only 3 spots left this month.' },
}

describe('the claim rules as data', () => {
  it('give every rule a unique id that names its family and locale', () => {
    const ids = claimRules.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of claimRules) expect(rule.id.startsWith(`${rule.family}.${rule.locale}.`)).toBe(true)
  })

  it('give every rule a non-empty why and suggestion', () => {
    for (const rule of claimRules) {
      expect(rule.why.trim(), rule.id).not.toBe('')
      expect(rule.suggestion.trim(), rule.id).not.toBe('')
    }
  })

  it('make every phrase rule a warning: authority and urgency are for the editor to weigh', () => {
    for (const rule of claimRules) expect(rule.severity, rule.id).toBe('warning')
  })

  it('ignore case in every English pattern', () => {
    for (const rule of claimRules.filter((r) => r.locale === 'en')) expect(rule.pattern.flags, rule.id).toContain('i')
  })

  it('list a sample for every rule and no sample for a rule that does not exist', () => {
    expect(Object.keys(samples).sort()).toEqual(claimRules.map((rule) => rule.id).sort())
  })

  it.each(claimRules.map((rule) => [rule.id, rule] as const))(
    'catch the sample of %s with that rule alone',
    (id, rule) => {
      const sample = samples[id]!
      expect(sample.locale).toBe(rule.locale)
      const findings = checkPhrases(sample.text, sample.locale, [rule])
      expect(findings.map((finding) => finding.ruleId)).toContain(id)
    },
  )
})

describe('invented authority', () => {
  it('reports "clinically proven" without a source as a warning', () => {
    expect(summary(checkPhrases('This serum is clinically proven.', 'en'))).toEqual([
      { ruleId: 'invented-authority.en.proven', severity: 'warning', match: 'clinically proven' },
    ])
    expect(summary(checkPhrases('臨床的に証明された方法です。', 'ja'))).toHaveLength(1)
  })

  it.each([
    ['en', 'The effect on knee pain was clinically proven in a small trial (2021).'],
    ['en', 'Clinically proven, source: https://example.org/trial'],
    ['en', 'Scientifically proven in a trial by Sato et al. with 40 patients.'],
    ['ja', '臨床的に証明されたと報告されています(出典:日本再生医療学会誌)。'],
  ] as const)('does not report it when the sentence cites a source (%s) %s', (locale, text) => {
    expect(summary(checkPhrases(text, locale))).toEqual([])
  })
})

describe('context', () => {
  it.each([
    ['ja', '今だけの特別なご案内です。', 'warning'],
    ['en', 'Is this a limited-time offer?', 'warning'],
    ['en', 'Ads that say "act now" push readers to decide in a hurry.', 'warning'],
  ] as const)('keeps (%s) %s a %s', (locale, text, severity) => {
    expect(checkPhrases(text, locale).map((finding) => finding.severity)).toContain(severity)
  })

  it('applies only the requested language', () => {
    expect(checkPhrases('limited-time offer', 'ja')).toEqual([])
    expect(checkPhrases('今だけ', 'en')).toEqual([])
  })

  it('points start and end at the phrase in the original text, and names its sentence', () => {
    const text = 'はじめに。　今だけ　半額です！\n次の話題です。'
    const [finding] = checkPhrases(text, 'ja')
    expect(text.slice(finding!.start, finding!.end)).toBe(finding!.match)
    expect(text.slice(finding!.sentenceStart, finding!.sentenceStart + finding!.sentence.length)).toBe(
      finding!.sentence,
    )
  })

  it('reports each distinct match once, ordered by position', () => {
    const duplicate: ClaimRule = { ...claimRules.find((r) => r.id === 'urgency.ja.imadake')!, id: 'urgency.ja.copy' }
    const findings = checkPhrases('期間限定です。今すぐご予約ください。', 'ja', [...claimRules, duplicate])
    expect(findings.map((f) => f.ruleId)).toEqual(['urgency.ja.imadake', 'urgency.ja.isoide'])
  })
})
