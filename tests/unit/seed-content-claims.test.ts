/** Our own demo content must pass the claims guard: no promise of efficacy or safety. */
import { beforeAll, describe, expect, it } from 'vitest'

import { checkText, loadClaimsMatcher } from '@/lib/claims/check'
import { demoTexts } from '@/tooling/seed/demo-texts'

beforeAll(async () => {
  await loadClaimsMatcher()
}, 60_000)

describe.each(['ja', 'en'] as const)('the %s demo content', (locale) => {
  it('has no error findings', () => {
    const errors = demoTexts(locale)
      .flatMap((text) => checkText(text, locale))
      .filter((finding) => finding.severity === 'error')
    expect(errors.map((finding) => `${finding.ruleId}: ${finding.sentence}`)).toEqual([])
  })
})
