/** Our own demo content must pass the claims guard: no promise of efficacy or safety. */
import { describe, expect, it } from 'vitest'

import { checkText } from '@/lib/claims/check'
import * as content from '@/tooling/seed/content'
import { footer, pageTexts } from '@/tooling/seed/pages-content'

function textsOf(locale: 'ja' | 'en'): string[] {
  return [
    ...content.episodes.flatMap((episode) => [
      episode.title[locale],
      episode.lead[locale],
      episode.transcript[locale],
      episode.seoDescription[locale],
      ...episode.body[locale].flatMap((block) => ('items' in block ? block.items : [block.text])),
    ]),
    ...content.glossaryTerms.flatMap((term) => [term.shortDefinition[locale], ...term.explanation[locale]]),
    ...content.therapyCategories.flatMap((category) => [
      category.description[locale],
      ...category.checkpoints.map((point) => point[locale]),
    ]),
    content.siteDisclaimer.text[locale],
    content.consultCallToAction.body[locale],
    ...pageTexts(locale),
    footer.organisationName[locale],
  ]
}

describe.each(['ja', 'en'] as const)('the %s demo content', (locale) => {
  it('has no error findings', () => {
    const errors = textsOf(locale)
      .flatMap((text) => checkText(text, locale))
      .filter((finding) => finding.severity === 'error')
    expect(errors.map((finding) => `${finding.ruleId}: ${finding.sentence}`)).toEqual([])
  })
})
