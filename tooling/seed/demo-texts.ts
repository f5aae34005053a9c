/**
 * Every sentence of the demo content a reader can see, per locale: what the claims tests check
 * (the demo content must pass the guard, the phrase rules and the structural matcher alike).
 */
import * as content from './content'
import { footer, pageTexts } from './pages-content'

export function demoTexts(locale: 'ja' | 'en'): string[] {
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
