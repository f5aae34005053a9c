// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { summaryMaxLength } from '@/collections/Disclaimers'
import { Disclaimer } from '@/components/Disclaimer'
import { DisclaimerNotice } from '@/components/DisclaimerNotice'
import { locales } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { richTextFromParagraphs } from '@/tooling/seed/rich-text'

afterEach(cleanup)

describe('the site disclaimer', () => {
  it('is a labelled complementary landmark carrying the given text', () => {
    render(<Disclaimer label="ご利用にあたっての注意" text="診断や治療の判断は医師が行います。" />)
    const landmark = screen.getByRole('complementary', { name: 'ご利用にあたっての注意' })
    expect(landmark.textContent).toBe('診断や治療の判断は医師が行います。')
    expect(landmark.id).toBe('site-disclaimer')
  })

  it.each(locales)('has a built-in %s text that leaves decisions to physicians', (locale) => {
    const { disclaimer } = getMessages(locale)
    render(<Disclaimer label={disclaimer.label} text={disclaimer.builtIn} />)
    const text = screen.getByRole('complementary', { name: disclaimer.label }).textContent ?? ''
    expect(text).toMatch(locale === 'ja' ? /医療機関ではない.*医師/ : /non-medical.*physicians/)
  })
})

describe('the site disclaimer’s summary at the top of the page', () => {
  const fullText = richTextFromParagraphs(['一般的な情報です。', '診断や治療の判断は医師が行います。'])

  it('is one sentence that opens, in place, to the full text', () => {
    render(<DisclaimerNotice summary="医師が判断します。" text={fullText} readInFull="全文" />)
    const notice = screen.getByTestId('site-disclaimer-notice')
    expect(notice.tagName).toBe('DETAILS')
    expect(notice.hasAttribute('open')).toBe(false)
    const summary = notice.querySelector('summary')!
    expect(summary.textContent).toBe('医師が判断します。 全文')
    expect(notice.textContent).toContain('一般的な情報です。診断や治療の判断は医師が行います。')
  })

  it('is not a landmark of its own: the page keeps one disclaimer landmark', () => {
    const label = getMessages('ja').disclaimer.label
    render(
      <>
        <header>
          <DisclaimerNotice summary="医師が判断します。" text={fullText} readInFull="全文" />
        </header>
        <Disclaimer label={label} text={fullText} />
      </>,
    )
    expect(screen.getAllByRole('complementary')).toHaveLength(1)
    expect(within(screen.getByRole('banner')).queryByRole('complementary')).toBeNull()
  })

  it.each(locales)('has a built-in %s sentence short enough for the top of a phone’s screen', (locale) => {
    const { disclaimer } = getMessages(locale)
    expect(disclaimer.summary.length).toBeLessThanOrEqual(summaryMaxLength)
    expect(disclaimer.summary).toMatch(locale === 'ja' ? /医療機関ではない.*医師/ : /not medical advice.*physicians/)
  })
})
