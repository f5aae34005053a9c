/**
 * With the database unreachable, the reader site still has its disclaimer (the built-in text) and
 * its navigation (the default links), in the page's locale, quickly and without throwing.
 */
import { describe, expect, it } from 'vitest'

// Before anything loads the Payload config: a port where nothing listens.
process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:1/column'

describe('the site disclaimer with the database down', () => {
  it.each(['ja', 'en'] as const)('is the built-in %s text', async (locale) => {
    const { getSiteDisclaimer } = await import('@/lib/content/site-disclaimer')
    const { getMessages } = await import('@/lib/i18n/messages')
    expect(await getSiteDisclaimer(locale)).toEqual({
      source: 'built-in',
      text: getMessages(locale).disclaimer.builtIn,
      summary: getMessages(locale).disclaimer.summary,
    })
  })
})

describe('the header and footer with the database down', () => {
  it.each(['ja', 'en'] as const)('are the default %s links: home, glossary, search, and the feeds', async (locale) => {
    const { defaultNavigation, getSiteNavigation } = await import('@/lib/content/navigation')
    expect(await getSiteNavigation(locale)).toEqual(defaultNavigation(locale))
  })
})

describe('the consult call to action with the database down', () => {
  it.each(['ja', 'en'] as const)('is left out in %s rather than failing the page', async (locale) => {
    const { getConsultCallToAction } = await import('@/lib/content/consult-call-to-action')
    expect(await getConsultCallToAction(locale)).toBeNull()
  })
})
