'use client'

/**
 * The reader's switch for the readings (ruby) over glossary terms: a toggle button (aria-pressed:
 * pressed = readings shown) that sets the attribute on <html> the stylesheet follows and
 * remembers the choice in this browser (lib/glossary/readings-preference.ts). Its name stays
 * "ふりがな" / "Readings" and the pressed state tells the choice, as a toggle button's should; the
 * word after it (表示 / 非表示) says the same to the eye, drawn by CSS from the attribute, so it
 * is right from the first paint, before this code runs. A choice made in another tab applies here.
 */
import { useSyncExternalStore } from 'react'

import { READINGS_ATTRIBUTE, READINGS_STORAGE_KEY, type ReadingsState } from '@/lib/glossary/readings-preference'

type Props = { labels: { toggle: string; shown: string; hidden: string } }

function currentState(): ReadingsState {
  return document.documentElement.getAttribute(READINGS_ATTRIBUTE) === 'hidden' ? 'hidden' : 'shown'
}

/** The toggles on the page, told when the choice changes. */
const listeners = new Set<() => void>()

function apply(state: ReadingsState) {
  document.documentElement.setAttribute(READINGS_ATTRIBUTE, state)
  for (const listener of listeners) listener()
}

function fromOtherTab(event: StorageEvent) {
  if (event.key === READINGS_STORAGE_KEY) apply(event.newValue === 'hidden' ? 'hidden' : 'shown')
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange)
  if (listeners.size === 1) window.addEventListener('storage', fromOtherTab)
  return () => {
    listeners.delete(onChange)
    if (listeners.size === 0) window.removeEventListener('storage', fromOtherTab)
  }
}

export function ReadingsToggle({ labels }: Props) {
  // The server cannot know the choice: it renders "shown", the default without a stored choice.
  const state = useSyncExternalStore(subscribe, currentState, () => 'shown' as const)
  const toggle = () => {
    const next: ReadingsState = state === 'shown' ? 'hidden' : 'shown'
    apply(next)
    try {
      localStorage.setItem(READINGS_STORAGE_KEY, next)
    } catch {
      // Storage blocked: the choice holds for this page only.
    }
  }
  return (
    <button type="button" className="readings-toggle" aria-pressed={state === 'shown'} onClick={toggle}>
      {labels.toggle}
      <span className="readings-toggle__state" data-state="shown" aria-hidden="true">
        {labels.shown}
      </span>
      <span className="readings-toggle__state" data-state="hidden" aria-hidden="true">
        {labels.hidden}
      </span>
    </button>
  )
}
