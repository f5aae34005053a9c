'use client'

/**
 * Escape hides the glossary tooltip that is open (WCAG 1.4.13: content shown on hover or focus
 * must be dismissible without moving the pointer or focus). It shows again once the reader
 * leaves the term and comes back. The tooltips themselves are CSS only.
 */
import { useEffect } from 'react'

const DISMISSED = 'is-dismissed'

export function DismissibleTooltips() {
  useEffect(() => {
    const dismissOpen = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      for (const term of document.querySelectorAll('.glossary-term:hover, .glossary-term:focus-within')) {
        term.classList.add(DISMISSED)
      }
    }
    const restore = (event: Event) => {
      const term = (event.target as Element | null)?.closest?.('.glossary-term')
      if (term && !term.contains((event as FocusEvent).relatedTarget as Node | null)) term.classList.remove(DISMISSED)
    }
    document.addEventListener('keydown', dismissOpen)
    document.addEventListener('focusout', restore)
    document.addEventListener('mouseout', restore)
    return () => {
      document.removeEventListener('keydown', dismissOpen)
      document.removeEventListener('focusout', restore)
      document.removeEventListener('mouseout', restore)
    }
  }, [])
  return null
}
