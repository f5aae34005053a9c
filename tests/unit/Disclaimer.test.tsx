// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { Disclaimer } from '@/components/Disclaimer'
import { locales } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'

afterEach(cleanup)

describe('the site disclaimer', () => {
  it('is a labelled complementary landmark carrying the given text', () => {
    render(<Disclaimer label="ご利用にあたっての注意" text="診断や治療の判断は医師が行います。" />)
    const landmark = screen.getByRole('complementary', { name: 'ご利用にあたっての注意' })
    expect(landmark.textContent).toBe('診断や治療の判断は医師が行います。')
  })

  it.each(locales)('has a built-in %s text that leaves decisions to physicians', (locale) => {
    const { disclaimer } = getMessages(locale)
    render(<Disclaimer label={disclaimer.label} text={disclaimer.builtIn} />)
    const text = screen.getByRole('complementary', { name: disclaimer.label }).textContent ?? ''
    expect(text).toMatch(locale === 'ja' ? /医療機関ではない.*医師/ : /non-medical.*physicians/)
  })
})
