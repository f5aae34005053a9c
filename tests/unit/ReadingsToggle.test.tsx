// @vitest-environment happy-dom
/**
 * The readings toggle and the script that applies the reader's choice before the page is drawn:
 * the script reads the stored choice (readings shown when there is none, or no storage); the
 * toggle is a button named "ふりがな" / "Readings" whose pressed state is "readings shown", and
 * each press flips the attribute the stylesheet follows and stores the choice; a choice made in
 * another tab applies here.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { ReadingsToggle } from '@/components/ReadingsToggle'
import { READINGS_ATTRIBUTE, READINGS_STORAGE_KEY, readingsPreferenceScript } from '@/lib/glossary/readings-preference'
import { locales } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'

const attribute = () => document.documentElement.getAttribute(READINGS_ATTRIBUTE)
const runPreferenceScript = () => new Function(readingsPreferenceScript)()

beforeEach(() => {
  localStorage.clear()
  document.documentElement.removeAttribute(READINGS_ATTRIBUTE)
})

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('the script that applies the reader’s choice', () => {
  it('shows readings when nothing is stored, and hides them when the reader chose so', () => {
    runPreferenceScript()
    expect(attribute()).toBe('shown')
    localStorage.setItem(READINGS_STORAGE_KEY, 'hidden')
    runPreferenceScript()
    expect(attribute()).toBe('hidden')
    localStorage.setItem(READINGS_STORAGE_KEY, 'something else')
    runPreferenceScript()
    expect(attribute()).toBe('shown')
  })

  it('shows readings when the browser refuses storage', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    runPreferenceScript()
    expect(attribute()).toBe('shown')
  })
})

describe.each(locales)('the %s readings toggle', (locale) => {
  const labels = getMessages(locale).readings

  it('is a toggle button named for the readings, pressed while they show; each press flips and stores the choice', () => {
    runPreferenceScript()
    render(<ReadingsToggle labels={labels} />)
    const toggle = screen.getByRole('button', { name: labels.toggle })
    expect(toggle.getAttribute('aria-pressed')).toBe('true')
    fireEvent.click(toggle)
    expect(toggle.getAttribute('aria-pressed')).toBe('false')
    expect(attribute()).toBe('hidden')
    expect(localStorage.getItem(READINGS_STORAGE_KEY)).toBe('hidden')
    // The name does not change with the state: the pressed state tells it.
    expect(screen.getByRole('button', { name: labels.toggle })).toBe(toggle)
    fireEvent.click(toggle)
    expect(toggle.getAttribute('aria-pressed')).toBe('true')
    expect(attribute()).toBe('shown')
    expect(localStorage.getItem(READINGS_STORAGE_KEY)).toBe('shown')
  })

  it('starts from the choice the script applied', () => {
    localStorage.setItem(READINGS_STORAGE_KEY, 'hidden')
    runPreferenceScript()
    render(<ReadingsToggle labels={labels} />)
    expect(screen.getByRole('button', { name: labels.toggle }).getAttribute('aria-pressed')).toBe('false')
  })

  it('follows a choice made in another tab', () => {
    runPreferenceScript()
    render(<ReadingsToggle labels={labels} />)
    const toggle = screen.getByRole('button', { name: labels.toggle })
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: READINGS_STORAGE_KEY, newValue: 'hidden' }))
    })
    expect(attribute()).toBe('hidden')
    expect(toggle.getAttribute('aria-pressed')).toBe('false')
  })

  it('still works for the page when the browser refuses storage', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'QuotaExceededError')
    })
    runPreferenceScript()
    render(<ReadingsToggle labels={labels} />)
    fireEvent.click(screen.getByRole('button', { name: labels.toggle }))
    expect(attribute()).toBe('hidden')
  })
})
