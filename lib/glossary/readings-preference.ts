/**
 * The reader's choice to show or hide the readings (ruby) over glossary terms, remembered in the
 * browser (localStorage) and applied as an attribute on <html>, which the stylesheet follows.
 *
 * The attribute is set by a small inline script at the top of <body>
 * (components/ReadingsPreferenceScript.tsx), before anything of the page is drawn, so hidden
 * readings never flash on screen. Without JavaScript there is no attribute: readings show, and
 * the toggle (which could not work) is not shown. Shared by that script and by the toggle, so it
 * holds no server-only code.
 */
export const READINGS_ATTRIBUTE = 'data-readings'
export const READINGS_STORAGE_KEY = 'column:readings'

export type ReadingsState = 'shown' | 'hidden'

/** Storage may be unavailable (blocked, private windows of old browsers): readings then show. */
export const readingsPreferenceScript =
  `(function(){var s='shown';try{if(localStorage.getItem(${JSON.stringify(READINGS_STORAGE_KEY)})==='hidden')s='hidden'}catch(e){}` +
  `document.documentElement.setAttribute(${JSON.stringify(READINGS_ATTRIBUTE)},s)})()`
